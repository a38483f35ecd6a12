package dev.cairn.codegen;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * English singular and plural forms of the last word of a name, for class names ({@code people} → {@code Person})
 * and collection accessors ({@code Person} → {@code people}). Irregular and uncountable words come first; the
 * suffix rules only see what is left, so {@code campus} stays {@code campus} and never becomes {@code campu}.
 */
public final class Inflector {
    private static final Map<String, String> IRREGULAR_SINGULAR = Map.ofEntries(
            Map.entry("people", "person"), Map.entry("men", "man"), Map.entry("women", "woman"), Map.entry("children", "child"),
            Map.entry("teeth", "tooth"), Map.entry("feet", "foot"), Map.entry("geese", "goose"), Map.entry("mice", "mouse"),
            Map.entry("oxen", "ox"), Map.entry("criteria", "criterion"), Map.entry("phenomena", "phenomenon"),
            Map.entry("indices", "index"), Map.entry("vertices", "vertex"), Map.entry("matrices", "matrix"),
            Map.entry("analyses", "analysis"), Map.entry("theses", "thesis"), Map.entry("crises", "crisis"),
            Map.entry("axes", "axis"), Map.entry("quizzes", "quiz"), Map.entry("leaves", "leaf"), Map.entry("lives", "life"),
            Map.entry("knives", "knife"), Map.entry("wives", "wife"), Map.entry("halves", "half"), Map.entry("wolves", "wolf"),
            Map.entry("shelves", "shelf"), Map.entry("movies", "movie"), Map.entry("cookies", "cookie"), Map.entry("ties", "tie"),
            Map.entry("pies", "pie"), Map.entry("lies", "lie"), Map.entry("zombies", "zombie"), Map.entry("cacti", "cactus"),
            Map.entry("alumni", "alumnus"), Map.entry("syllabi", "syllabus"), Map.entry("foci", "focus"),
            Map.entry("appendices", "appendix"), Map.entry("statuses", "status"), Map.entry("campuses", "campus"),
            Map.entry("buses", "bus"), Map.entry("viruses", "virus"), Map.entry("bonuses", "bonus"), Map.entry("aliases", "alias"),
            Map.entry("addresses", "address"), Map.entry("processes", "process"), Map.entry("businesses", "business"),
            Map.entry("canvases", "canvas"), Map.entry("atlases", "atlas"), Map.entry("corpora", "corpus"),
            Map.entry("genera", "genus"), Map.entry("databases", "database"), Map.entry("responses", "response"),
            Map.entry("licenses", "license"), Map.entry("courses", "course"), Map.entry("houses", "house"),
            Map.entry("purchases", "purchase"), Map.entry("releases", "release"), Map.entry("cases", "case"),
            Map.entry("phases", "phase"), Map.entry("bases", "base"), Map.entry("uses", "use"), Map.entry("causes", "cause"),
            Map.entry("clauses", "clause"), Map.entry("expenses", "expense"), Map.entry("horses", "horse"),
            Map.entry("nurses", "nurse"), Map.entry("verses", "verse"), Map.entry("phrases", "phrase"),
            Map.entry("passersby", "passerby"), Map.entry("dice", "die"));

    private static final Map<String, String> IRREGULAR_PLURAL = inverse(IRREGULAR_SINGULAR);

    /** Words whose singular and plural are the same, or which have only one of them. */
    private static final Set<String> UNCOUNTABLE = Set.of(
            "news", "series", "species", "data", "metadata", "information", "equipment", "rice", "money", "fish", "sheep",
            "deer", "moose", "aircraft", "software", "hardware", "feedback", "staff", "media", "means", "headquarters",
            "status", "campus", "bus", "virus", "bonus", "alias", "address", "process", "business", "canvas", "atlas",
            "corpus", "genus", "analysis", "thesis", "crisis", "axis", "basis", "diagnosis", "synopsis", "chassis",
            "police", "traffic", "weather", "luggage", "baggage", "furniture", "advice", "knowledge", "progress", "research",
            "access", "class", "glass", "boss", "pass", "mass", "loss", "chess", "dress", "witness", "success", "census",
            "plus", "focus", "radius", "stimulus", "cactus", "alumnus", "syllabus", "octopus", "apparatus", "prospectus",
            "lens", "gas", "iris", "trellis", "physics", "mathematics", "economics", "statistics", "ethics", "politics",
            "electronics", "athletics", "logistics", "analytics", "settings", "thanks", "jeans", "pants", "scissors",
            "glasses", "clothes", "goods", "savings", "earnings", "premises", "outskirts");

    /** Uncountable words that need no plural of their own as a collection name. */
    private static final Set<String> SAME_IN_PLURAL = Set.of(
            "news", "series", "species", "data", "metadata", "information", "equipment", "rice", "money", "fish", "sheep",
            "deer", "moose", "aircraft", "software", "hardware", "feedback", "staff", "media", "means", "headquarters",
            "police", "traffic", "weather", "luggage", "baggage", "furniture", "advice", "knowledge", "progress", "research",
            "physics", "mathematics", "economics", "statistics", "ethics", "politics", "electronics", "athletics",
            "logistics", "analytics", "settings", "thanks", "jeans", "pants", "scissors", "glasses", "clothes", "goods",
            "savings", "earnings", "premises", "outskirts");

    private static final List<Rule> SINGULAR_RULES = List.of(
            new Rule("(.*[^aeiou])ies", "$1y"),
            new Rule("(.*)(ss|sh|ch|x|z|zz)es", "$1$2"),
            new Rule("(.*)(ss|us|is)", "$1$2"),
            new Rule("(.*[^s])s", "$1"));

    private static final List<Rule> PLURAL_RULES = List.of(
            new Rule("(.*[^aeiou])y", "$1ies"),
            new Rule("(.*)(s|sh|ch|x|z)", "$1$2es"),
            new Rule("(.*)", "$1s"));

    private record Rule(Pattern pattern, String replacement) {
        Rule(String regex, String replacement) {
            this(Pattern.compile(regex), replacement);
        }

        String apply(String word) {
            Matcher m = pattern.matcher(word);
            return m.matches() ? m.replaceFirst(replacement) : null;
        }
    }

    private Inflector() {
    }

    /** The singular of a lower-case word: {@code categories} → {@code category}, {@code news} → {@code news}. */
    public static String singular(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (UNCOUNTABLE.contains(w)) return w;
        String irregular = IRREGULAR_SINGULAR.get(w);
        if (irregular != null) return irregular;
        if (IRREGULAR_PLURAL.containsKey(w)) return w;
        for (Rule r : SINGULAR_RULES) {
            String s = r.apply(w);
            if (s != null) return s;
        }
        return w;
    }

    /** The plural of a lower-case word: {@code category} → {@code categories}, {@code person} → {@code people}. */
    public static String plural(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (SAME_IN_PLURAL.contains(w)) return w;
        String irregular = IRREGULAR_PLURAL.get(w);
        if (irregular != null) return irregular;
        if (IRREGULAR_SINGULAR.containsKey(w)) return w;
        for (Rule r : PLURAL_RULES) {
            String s = r.apply(w);
            if (s != null) return s;
        }
        return w;
    }

    private static Map<String, String> inverse(Map<String, String> map) {
        java.util.HashMap<String, String> out = new java.util.HashMap<>();
        map.forEach((k, v) -> out.put(v, k));
        return Map.copyOf(out);
    }
}
