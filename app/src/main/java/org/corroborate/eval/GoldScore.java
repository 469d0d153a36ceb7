package org.corroborate.eval;

import java.util.ArrayList;
import java.util.List;

/** The score of one report, or of several summed, against gold. */
final class GoldScore {

    int goldIncidents;
    int predictedIncidents;
    int matchedIncidents;
    int incidentFields;
    int incidentFieldsRight;
    int goldRelations;
    int predictedRelations;
    int matchedRelations;
    int goldStatements;
    int matchedStatements;
    int mustNotViolations;
    final List<String> mismatches = new ArrayList<>();
    final List<String> reviewByHand = new ArrayList<>();

    void add(GoldScore other) {
        goldIncidents += other.goldIncidents;
        predictedIncidents += other.predictedIncidents;
        matchedIncidents += other.matchedIncidents;
        incidentFields += other.incidentFields;
        incidentFieldsRight += other.incidentFieldsRight;
        goldRelations += other.goldRelations;
        predictedRelations += other.predictedRelations;
        matchedRelations += other.matchedRelations;
        goldStatements += other.goldStatements;
        matchedStatements += other.matchedStatements;
        mustNotViolations += other.mustNotViolations;
    }

    static double ratio(int part, int whole) {
        return whole == 0 ? 1.0 : (double) part / whole;
    }

    static double f1(double precision, double recall) {
        return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }

    double incidentPrecision() {
        return ratio(matchedIncidents, predictedIncidents);
    }

    double incidentRecall() {
        return ratio(matchedIncidents, goldIncidents);
    }

    double relationPrecision() {
        return ratio(matchedRelations, predictedRelations);
    }

    double relationRecall() {
        return ratio(matchedRelations, goldRelations);
    }

    double statementRecall() {
        return ratio(matchedStatements, goldStatements);
    }
}
