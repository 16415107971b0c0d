package org.clausewright.app.bench;

import org.clausewright.model.AnnotationKind;
import org.clausewright.model.AnnotationThread;
import org.clausewright.model.Clause;
import org.clausewright.model.Decision;
import org.clausewright.model.ClauseRef;
import org.clausewright.model.ClauseStatus;
import org.clausewright.model.Member;
import org.clausewright.model.OutlineItem;
import org.clausewright.model.Outline;
import org.clausewright.model.Part;
import org.clausewright.model.Project;
import org.clausewright.model.ProjectInfo;
import org.clausewright.model.Resolution;
import org.clausewright.model.Section;
import org.clausewright.model.TextAnchor;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * A large project made up for measuring: clauses of committee-like prose in parts and sections, with
 * threads anchored to real words. Seeded, so every run measures the same project.
 */
public final class SyntheticProject {
    private static final String[] WORDS = ("scientists should shall ensure that research involving agents toxins "
            + "or technologies with potential for misuse is assessed reviewed and reported to the competent "
            + "institutional authority in accordance with national law and international obligations including the "
            + "biological weapons convention while respecting academic freedom openness and the duty of care "
            + "towards colleagues participants communities animals and the environment").split(" ");
    /**
     * The same words in Arabic, one for one, so that a project generated from the same seed with them has the same
     * shape (clauses, lengths in words, threads, brackets) in a right-to-left script.
     */
    public static final List<String> ARABIC = List.of(("العلماء ينبغي يجب يكفل أن البحوث التي العوامل التكسينات أو "
            + "التكنولوجيات مع إمكانية من الإساءة تكون مقيَّمة مراجَعة وكذلك مبلَّغة إلى هذه المختصة المؤسسية السلطة في "
            + "وفقاً بما الوطنية القانون وكذلك الدولية الالتزامات ومنها هذه البيولوجية الأسلحة اتفاقية بينما احترام "
            + "الأكاديمية الحرية الانفتاح وكذلك هذه واجب على العناية تجاه الزملاء المشاركين المجتمعات الحيوانات وكذلك "
            + "هذه البيئة").split(" "));
    private static final Instant BASE_TIME = Instant.parse("2026-01-01T00:00:00Z");
    private static final String[] AUTHORS = {"Ingrid Solberg", "Chen Xiaoling", "Kwame Asante-Mensah",
            "Lucía Fernández Ortega"};

    private final Random random;
    private final String[] words;

    public SyntheticProject(long seed) {
        this(seed, List.of(WORDS));
    }

    /** Prose made of {@code words}; as many as {@link #ARABIC} has, the same seed makes the same project's shape. */
    public SyntheticProject(long seed, List<String> words) {
        this.random = new Random(seed);
        this.words = words.toArray(String[]::new);
    }

    public static String clauseId(int n) {
        return String.format("c-%04d", n);
    }

    public Project generate(int parts, int clauses, int threads) {
        return generate(parts, clauses, threads, 0);
    }

    /**
     * As {@link #generate(int, int, int)}, with {@code brackets} open brackets of three attributed options laid
     * over the clauses, and the delegations and meetings they name; the threads anchor on the bracketed text.
     */
    public Project generate(int parts, int clauses, int threads, int brackets) {
        List<Member> members = new ArrayList<>();
        for (String a : AUTHORS) {
            members.add(new Member(a, "", "Member", ""));
        }
        ProjectInfo info = new ProjectInfo("bench", "Synthetic code of conduct", "Benchmark project", members,
                List.of(), List.of());
        Map<String, Clause> all = new HashMap<>();
        for (int i = 0; i < clauses; i++) {
            Clause c = Clause.of(clauseId(i), sentence(4 + random.nextInt(5)), text());
            ClauseStatus status = ClauseStatus.values()[random.nextInt(4)];
            if (status != ClauseStatus.PROPOSED) {
                c = c.withDecision(Decision.status(String.format("d-%04d", i), BASE_TIME, AUTHORS[0], "", "",
                        ClauseStatus.PROPOSED, status, ""));
            }
            all.put(c.id(), c);
        }
        if (brackets > 0) {
            // a generator of its own, so that the clauses before the brackets are the plain project's
            SyntheticBrackets negotiation = new SyntheticBrackets(20261202L, words);
            info = SyntheticBrackets.withParties(info);
            int laid = 0;
            for (int i = 0; i < clauses && laid < brackets; i++) {
                if (SyntheticBrackets.carries(i, clauses, brackets)) {
                    int count = Math.min(SyntheticBrackets.PER_CLAUSE, brackets - laid);
                    Clause c = negotiation.bracketed(all.get(clauseId(i)), count);
                    laid += c.brackets().size();
                    all.put(c.id(), c);
                }
            }
        }
        Map<String, List<AnnotationThread>> annotations = new HashMap<>();
        for (int t = 0; t < threads; t++) {
            Clause c = all.get(clauseId(random.nextInt(clauses)));
            annotations.computeIfAbsent(c.id(), k -> new ArrayList<>()).add(thread(t, c.text()));
        }
        return new Project(info, outline(parts, clauses), all, annotations);
    }

    /** The clause's text with a few words changed: what one member's edit looks like. */
    public Clause edit(Clause clause) {
        String[] words = clause.text().split(" ", -1);
        for (int k = 0; k < 3; k++) {
            int at = random.nextInt(words.length);
            if (!words[at].contains("\n")) {
                words[at] = this.words[random.nextInt(this.words.length)];
            }
        }
        return clause.withText(String.join(" ", words));
    }

    private Outline outline(int parts, int clauses) {
        int perPart = clauses / parts;
        List<Part> result = new ArrayList<>();
        int next = 0;
        for (int p = 0; p < parts; p++) {
            List<OutlineItem> items = new ArrayList<>();
            int end = p == parts - 1 ? clauses : next + perPart;
            while (next < end) {
                if (items.size() % 5 == 4 && end - next >= 4) {
                    List<String> ids = new ArrayList<>();
                    for (int k = 0; k < 4; k++) {
                        ids.add(clauseId(next++));
                    }
                    items.add(new Section(String.format("s-%04d", next), sentence(3), ids));
                } else {
                    items.add(new ClauseRef(clauseId(next++)));
                }
            }
            result.add(new Part(String.format("p-%02d", p), sentence(3), items));
        }
        return new Outline(result);
    }

    private AnnotationThread thread(int n, String text) {
        int start = text.indexOf(' ', random.nextInt(Math.max(1, text.length() - 40))) + 1;
        int end = Math.min(text.length(), text.indexOf(' ', Math.min(text.length() - 1, start + 12)) + 1);
        if (end <= start) {
            end = Math.min(text.length(), start + 5);
        }
        AnnotationKind kind = AnnotationKind.values()[n % 4];
        AnnotationThread t = AnnotationThread.open(String.format("t-%08x", n), TextAnchor.of(text, start, end), kind,
                AUTHORS[n % AUTHORS.length], Instant.parse("2026-01-01T00:00:00Z").plusSeconds(n * 60L),
                sentence(8));
        if (kind == AnnotationKind.SUGGESTION) {
            t = t.withReplacement(sentence(3));
        }
        // Two threads in five stay open, as in a committee that settles most of what is raised.
        return n % 5 < 2 ? t : t.resolved(new Resolution(AUTHORS[(n + 1) % AUTHORS.length],
                t.created().plusSeconds(86_400)));
    }

    private String text() {
        StringBuilder sb = new StringBuilder(sentence(25 + random.nextInt(30)));
        int items = random.nextInt(3);
        for (int i = 0; i < items; i++) {
            sb.append("\n(").append((char) ('a' + i)).append(") ").append(sentence(10 + random.nextInt(10)));
        }
        return sb.toString();
    }

    private String sentence(int words) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < words; i++) {
            if (i > 0) {
                sb.append(' ');
            }
            sb.append(this.words[random.nextInt(this.words.length)]);
        }
        sb.setCharAt(0, Character.toUpperCase(sb.charAt(0)));
        return sb.append('.').toString();
    }
}
