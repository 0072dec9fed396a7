package org.newsflow.enrich.engine;

public enum ActorType { PERSON, ORGANIZATION, COUNTRY, LOCATION }
