package netcap.model;

/**
 * The knowledge frontier F = {@code knowledgeFrontier}: what one agent can know in a domain. Every
 * creation (socialization's, combination, project teams, the commons) slows logistically as the agent's
 * knowledge K approaches F and never carries it past F.
 */
public final class Frontier {
    private Frontier() {
    }

    /** What a creation of {@code amount} at full room gives an agent that knows {@code known}: min((F - K)+, amount (1 - K/F)+). */
    public static double created(double amount, double known, double frontier) {
        return Math.min(Math.max(0, frontier - known), amount * Math.max(0, 1 - known / frontier));
    }
}
