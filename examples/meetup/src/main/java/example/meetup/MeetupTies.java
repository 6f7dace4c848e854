package example.meetup;

import netcap.api.Model;
import netcap.api.PluginMetric;

/** The ties made at the meetup of the step (0 in steps without one). */
final class MeetupTies implements PluginMetric {
    private final MeetupPlugin plugin;

    MeetupTies(MeetupPlugin plugin) {
        this.plugin = plugin;
    }

    @Override
    public String name() {
        return "meetupTies";
    }

    @Override
    public String label() {
        return "ties made at meetups";
    }

    @Override
    public String unit() {
        return "ties/step";
    }

    @Override
    public String definition() {
        return "New face-to-face ties made at the meetup held this step (0 in a step without a meetup).";
    }

    @Override
    public double value(Model model) {
        return model.step() == 0 ? 0 : plugin.tiesMade();
    }
}
