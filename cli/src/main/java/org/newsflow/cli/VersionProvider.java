package org.newsflow.cli;

import picocli.CommandLine.IVersionProvider;

/** The version from the jar manifest, or "development" when run from classes. */
public final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = ServiceCommand.class.getPackage().getImplementationVersion();
        return new String[] {"newsflow " + (version == null ? "development" : version)};
    }
}
