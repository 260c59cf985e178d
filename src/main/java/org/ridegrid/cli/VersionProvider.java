package org.ridegrid.cli;

import picocli.CommandLine.IVersionProvider;

/** Reads the version from the jar manifest; "development" when run from classes. */
final class VersionProvider implements IVersionProvider {
    @Override
    public String[] getVersion() {
        String version = RideGridCli.class.getPackage().getImplementationVersion();
        return new String[] {"RideGrid " + (version == null ? "development" : version)};
    }
}
