package example.meetup;

import netcap.api.Parameter;
import netcap.api.Plugin;
import netcap.api.PluginGenerator;
import netcap.api.PluginMechanism;
import netcap.api.PluginMetric;

import java.util.List;

/**
 * The meetup plug-in: a periodic meetup where members who attend meet face to face and some of
 * them become acquainted (a mechanism), two columns that show it (metrics), and a network of
 * islands with few bridges between them (a generator) on which meetups matter most.
 *
 * <p>netcap makes a fresh instance of this class for every run, so the count of ties made at
 * the last meetup, shared by the mechanism and the metric, belongs to one run.
 */
public final class MeetupPlugin implements Plugin {
    /** Ties made at meetups in the current step (written by the mechanism, read by the metric). */
    private int tiesThisStep;

    @Override
    public String name() {
        return "meetup";
    }

    @Override
    public String version() {
        return "1.0.0";
    }

    @Override
    public String description() {
        return "Every meetupInterval steps a meetup is held: each member attends with its activity as probability, up to"
                + " meetupSize attendees, and two attendees who are not yet tied become acquaintances face to face with"
                + " probability meetupTieChance.";
    }

    @Override
    public List<Parameter> parameters() {
        return List.of(
                Parameter.integer("meetupInterval", 10, 1, 10_000, "Steps between two meetups (the first is held in step meetupInterval).")
                        .unit("steps").sliderMax(50),
                Parameter.integer("meetupSize", 12, 2, 1_000, "Most members that attend one meetup.").unit("agents").sliderMax(100),
                Parameter.number("meetupTieChance", 0.3, 0, 1, "Chance that two attendees who are not tied become acquaintances"
                        + " face to face (a new physical tie at level 1 with the trust initialTieTrust).").taught());
    }

    @Override
    public List<PluginMechanism> mechanisms() {
        return List.of(new Meetup(this));
    }

    @Override
    public List<PluginMetric> metrics() {
        return List.of(new MeetupTies(this), new FaceToFaceDegree());
    }

    @Override
    public List<PluginGenerator> generators() {
        return List.of(new Islands());
    }

    /** Called by the mechanism at each step: the ties it made. */
    void tiesMade(int ties) {
        tiesThisStep = ties;
    }

    /** Read by the metric. */
    int tiesMade() {
        return tiesThisStep;
    }
}
