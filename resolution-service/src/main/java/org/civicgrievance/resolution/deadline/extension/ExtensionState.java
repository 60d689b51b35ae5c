package org.civicgrievance.resolution.deadline.extension;

public enum ExtensionState {
    REQUESTED,
    APPROVED,
    REFUSED
}
