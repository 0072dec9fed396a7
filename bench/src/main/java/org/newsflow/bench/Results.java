package org.newsflow.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One benchmark's figures: each row is a variant measured over repeated rounds (min / median / max), with its
 * ratio to the baseline row measured in the same run. Printed as a table and written as JSON.
 */
final class Results {

    record Row(String variant, String unit, List<Double> samples, String baseline) {
        double min() {
            return samples.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
        }

        double max() {
            return samples.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
        }

        double median() {
            return Results.median(samples);
        }
    }

    static double median(List<Double> samples) {
        List<Double> sorted = new ArrayList<>(samples);
        Collections.sort(sorted);
        int n = sorted.size();
        return n == 0 ? Double.NaN : n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
    }

    private final String name;
    private final Map<String, Object> inputs = new LinkedHashMap<>();
    private final List<Row> rows = new ArrayList<>();
    private final List<String> notes = new ArrayList<>();

    Results(String name) {
        this.name = name;
    }

    Results input(String key, Object value) {
        inputs.put(key, value);
        return this;
    }

    Results row(String variant, String unit, List<Double> samples, String baseline) {
        rows.add(new Row(variant, unit, List.copyOf(samples), baseline));
        return this;
    }

    Results note(String note) {
        notes.add(note);
        return this;
    }

    private Double ratio(Row row) {
        if (row.baseline() == null) {
            return null;
        }
        return rows.stream().filter(r -> r.variant().equals(row.baseline())).findFirst()
                .map(base -> row.median() / base.median()).orElse(null);
    }

    void print() {
        System.out.printf("%n== %s ==%n", name);
        inputs.forEach((k, v) -> System.out.printf("   %s: %s%n", k, v));
        System.out.printf("%-52s %12s %12s %12s  %-14s %s%n", "variant", "min", "median", "max", "unit", "ratio");
        for (Row row : rows) {
            Double ratio = ratio(row);
            System.out.printf("%-52s %12s %12s %12s  %-14s %s%n", row.variant(), figure(row.min()),
                    figure(row.median()), figure(row.max()), row.unit(),
                    ratio == null ? "" : String.format("%.2f× %s", ratio, row.baseline()));
        }
        notes.forEach(n -> System.out.println("   note: " + n));
    }

    /** One decimal; two below 10, so that sub-millisecond figures keep their precision. */
    private static String figure(double value) {
        return String.format(Math.abs(value) < 10 ? "%.2f" : "%.1f", value);
    }

    void write(Path dir) throws IOException {
        Files.createDirectories(dir);
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("benchmark", name);
        json.put("date", Instant.now().toString());
        json.put("machine", Machine.describe());
        json.put("inputs", inputs);
        List<Map<String, Object>> figures = new ArrayList<>();
        for (Row row : rows) {
            Map<String, Object> f = new LinkedHashMap<>();
            f.put("variant", row.variant());
            f.put("unit", row.unit());
            f.put("min", row.min());
            f.put("median", row.median());
            f.put("max", row.max());
            f.put("samples", row.samples());
            f.put("baseline", row.baseline());
            f.put("ratioToBaseline", ratio(row));
            figures.add(f);
        }
        json.put("figures", figures);
        json.put("notes", notes);
        new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                .writeValue(dir.resolve(name + ".json").toFile(), json);
    }
}
