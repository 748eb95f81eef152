package dev.pygov.tally;

/** Counting methods the engine implements. */
public enum Method {
    /** Single-winner STAR: scoring round, then automatic runoff between the two finalists. */
    STAR("star"),
    /** Multi-winner Bloc STAR: STAR repeated, removing each winner, until the seats are filled. */
    BLOC_STAR("bloc-star"),
    /** Approval (PSF Board style): the candidates approved on the most ballots win. */
    APPROVAL("approval");

    private final String cliName;

    Method(String cliName) {
        this.cliName = cliName;
    }

    public String cliName() {
        return cliName;
    }

    public static Method fromCliName(String name) {
        for (Method method : values()) {
            if (method.cliName.equals(name)) {
                return method;
            }
        }
        throw new IllegalArgumentException("unknown method '" + name + "' (expected star, bloc-star or approval)");
    }
}
