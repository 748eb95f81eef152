package dev.pygov.membership.domain;

/** Active members are on the voting list; inactive ones missed elections; removed ones were voted out. */
public enum CommunityStatus {
    ACTIVE, INACTIVE, REMOVED
}
