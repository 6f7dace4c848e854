package example.meetup;

import netcap.api.Model;
import netcap.api.PluginMetric;

/** Mean number of face-to-face ties a member has with other members. */
final class FaceToFaceDegree implements PluginMetric {
    @Override
    public String name() {
        return "faceToFaceDegree";
    }

    @Override
    public String label() {
        return "face-to-face ties per member";
    }

    @Override
    public String unit() {
        return "ties";
    }

    @Override
    public String definition() {
        return "Mean number of ties in the physical layer a member has with other members (0 without members).";
    }

    @Override
    public double value(Model model) {
        long ties = 0;
        int members = 0;
        for (int i = 0; i < model.agents(); i++) {
            if (!model.member(i)) {
                continue;
            }
            members++;
            for (int k = 0; k < model.degree(i); k++) {
                int j = model.neighbor(i, k);
                if (model.member(j) && model.physical(i, j)) {
                    ties++;
                }
            }
        }
        return members == 0 ? 0 : (double) ties / members;
    }
}
