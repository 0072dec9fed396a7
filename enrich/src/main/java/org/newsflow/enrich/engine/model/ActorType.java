package org.newsflow.enrich.engine.model;

public enum ActorType { PERSON, ORGANIZATION, COUNTRY, LOCATION }
