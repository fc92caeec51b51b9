package vn.camket.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import vn.camket.text.Fold;
import vn.camket.text.Similarity;

/**
 * Resolves agency names from any spelling, abbreviation or OCR garble to a canonical name, using
 * the spellings in {@code data/agencies.tsv}. Matching works word by word on folded text and
 * forgives one wrong letter in words of four letters or more.
 */
public final class AgencyDirectory {
    /** A spelling's words; from word {@code strictFrom} on (a province's name) no misread letter is forgiven. */
    private record Spelling(Agency agency, String[] words, int strictFrom) {}

    /** "Sở" as the OCR reads it: So, S&, S¢, Sé, S6, S0, Sa, SH, S, S'O, 36, 56, 59, and a lone g or §. */
    private static final Pattern SO_TOKEN = Pattern.compile("(?<![\\p{L}\\p{N}])(?:s[‘’'`]?[oea0-9&¢€§h]{0,2}|[35][6o9]|g|§)(?![\\p{L}\\p{N}&])");
    /** "Sở" glued to the capital of the department's name ("SoTC", "SyKH&CN", "SoY tế"): the case change shows where the words part. */
    private static final Pattern GLUED_SO = Pattern.compile("(?<![\\p{L}\\p{N}])(S[oyởơ])(?=\\p{Lu})");
    /** "Các" as the OCR reads it (Céc, Cic, Cae) before "Sở": "Céc S&, ban, ngành". */
    private static final Pattern CAC_TOKEN = Pattern.compile("(?<![\\p{L}\\p{N}])c[aeio][ce](?= so\\b)");
    /** "Các Sở: KH&CN; TC; NN&MT" lists departments by abbreviation only. */
    private static final Pattern SO_LIST = Pattern.compile("cac so\\s*:\\s*([^.]*)");
    /** "KH & CN" is one word "kh&cn"; the spaces taken out go after it. */
    private static final Pattern AMP = Pattern.compile("\\s*&\\s*([\\p{L}\\p{N}]*)");
    private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}&]+");

    private final List<Spelling> spellings;
    private final List<Agency> agencies;
    /** Abbreviations that name a department once "Sở" is put before them ("kh&cn" → Sở Khoa học và Công nghệ). */
    private final java.util.Map<String, Agency> abbreviations = new java.util.HashMap<>();
    /** The spellings each word of the texts may open ({@link #startingWith}). */
    private final java.util.Map<String, List<Spelling>> startCache = new java.util.concurrent.ConcurrentHashMap<>();

    /** Each folded canonical name's first agency: {@link #byName} is asked for every agency of every record a build writes. */
    private final java.util.Map<String, Agency> byFoldedName = new java.util.HashMap<>();

    private AgencyDirectory(List<Agency> agencies, List<Spelling> spellings) {
        this.agencies = List.copyOf(agencies);
        for (Agency a : this.agencies) byFoldedName.putIfAbsent(Fold.fold(a.name()), a);
        this.spellings = spellings.stream()
                .sorted(Comparator.comparingInt((Spelling s) -> s.words().length).reversed()).toList();
        for (Spelling s : this.spellings) {
            String[] w = s.words();
            // "so kh&cn": a two-word spelling whose second word carries an ampersand is a distinctive abbreviation
            if (w.length == 2 && w[0].equals("so") && w[1].contains("&")) abbreviations.putIfAbsent(w[1], s.agency());
        }
    }

    public static AgencyDirectory load() {
        return parse(DataFiles.lines("agencies.tsv"), ProvinceDirectory.load().all());
    }

    /** The provincial agencies and the central government's ministries and bodies ({@code agencies-central.tsv}). */
    public static AgencyDirectory loadWithCentral() {
        List<String> lines = new ArrayList<>(DataFiles.lines("agencies.tsv"));
        lines.addAll(DataFiles.lines("agencies-central.tsv"));
        return parse(lines, ProvinceDirectory.load().all());
    }

    /** Where a name holds a province's name ("Trường Đại học {tỉnh}"): the entry stands for one agency per province. */
    static final String PROVINCE_SLOT = "{tỉnh}";

    /**
     * Builds the directory from lines of {@code agencies.tsv}: canonical name, today's agency, spellings.
     * An entry with a {@value #PROVINCE_SLOT} slot is expanded for every province; those agencies are
     * recognised but not listed by {@link #all()}, as most of them do not exist.
     */
    public static AgencyDirectory parse(List<String> lines, List<Province> provinces) {
        List<Agency> agencies = new ArrayList<>();
        List<Spelling> spellings = new ArrayList<>();
        for (String line : lines) {
            String[] f = line.split("\t", -1);
            boolean perProvince = f[0].contains(PROVINCE_SLOT);
            for (Province p : perProvince ? provinces : List.of(new Province("", "", ""))) {
                String[] g = f.clone();
                for (int k = 0; k < g.length; k++) g[k] = g[k].replace(PROVINCE_SLOT, p.name());
                String name = g[0].trim();
                String today = g.length > 1 && !g[1].isBlank() ? g[1].trim() : name;
                Agency a = new Agency(name, today);
                if (!perProvince) agencies.add(a);
                Set<String> forms = new LinkedHashSet<>();
                forms.add(name);
                if (g.length > 2) for (String form : g[2].split("\\|")) if (!form.isBlank()) forms.add(form.trim());
                for (String form : forms) {
                    String[] w = words(matchForm(form));
                    // a province's name is short common syllables ("Nam Định", "Cao Bằng"): one letter off is another word
                    int strict = perProvince ? w.length - words(matchForm(p.name())).length : w.length;
                    spellings.add(new Spelling(a, w, strict));
                    for (String[] joined : joinedPairs(w, strict)) spellings.add(new Spelling(a, joined, strict - 1));
                }
            }
        }
        return new AgencyDirectory(agencies, spellings);
    }

    /**
     * The OCR may lose the spaces between words of a name ("Sở Khoahoc" ⏎ "và Công nghệ", "Sở
     * Khoahocva Công nghệ"): the name's words with one run of two or three letter words joined,
     * for each run before word {@code strict}.
     */
    private static List<String[]> joinedPairs(String[] w, int strict) {
        List<String[]> out = new ArrayList<>();
        for (int run = 2; run <= 3; run++) {
            for (int k = 0; k + run <= strict && w.length >= 3 && w.length - run + 1 >= 2; k++) {
                StringBuilder glued = new StringBuilder();
                boolean letters = true;
                for (int d = 0; d < run; d++) {
                    letters &= w[k + d].length() >= 2 && w[k + d].chars().allMatch(Character::isLetter);
                    glued.append(w[k + d]);
                }
                if (!letters) continue;
                String[] joined = new String[w.length - run + 1];
                System.arraycopy(w, 0, joined, 0, k);
                joined[k] = glued.toString();
                System.arraycopy(w, k + run, joined, k + 1, w.length - k - run);
                out.add(joined);
            }
        }
        return out;
    }

    public List<Agency> all() {
        return agencies;
    }

    /** The canonical agency with this exact (folded) name, if listed. */
    public Agency byName(String name) {
        return byFoldedName.get(Fold.fold(name));
    }

    /** Spellings whose first word the given word may stand for, longest first; cached per word, as words recur. */
    private List<Spelling> startingWith(String word) {
        if (startCache.size() > 200_000) startCache.clear();
        return startCache.computeIfAbsent(word, a -> {
            // many spellings share their first word: it is compared once per word, length and strictness
            java.util.Map<String, Boolean> opens = new java.util.HashMap<>();
            List<Spelling> out = spellings.stream()
                    .filter(s -> s.words().length > 0 && opens.computeIfAbsent(s.words()[0] + ' ' + s.words().length + ' ' + (s.strictFrom() == 0),
                            k -> wordMatches(a, s.words()[0], s.words().length, s.strictFrom() == 0))).toList();
            return out.isEmpty() ? List.of() : out;
        });
    }

    /** Folded, OCR-repaired form in which spellings are compared. */
    static String matchForm(String text) {
        String f = Fold.ocrFold(readSo(GLUED_SO.matcher(WORDS.reader().readText(gluedSo(text))).replaceAll("$1 ")));
        // "Sở" first: its garble "S&" must not be glued to the next word as "KH & CN" is
        // each kept as long as printed where it can be, so that a word stands where it is printed in the line
        f = SO_TOKEN.matcher(f).replaceAll(m -> "so" + " ".repeat(Math.max(0, m.group().length() - 2)));
        f = CAC_TOKEN.matcher(f).replaceAll("cac");
        f = AMP.matcher(f).replaceAll(m -> Matcher.quoteReplacement("&" + m.group(1) + " ".repeat(m.group().length() - 1 - m.group(1).length())));
        Matcher list = SO_LIST.matcher(f);
        StringBuilder out = new StringBuilder();
        while (list.find()) {
            StringBuilder items = new StringBuilder();
            for (String item : list.group(1).split(";")) {
                String it = item.trim();
                if (it.isEmpty()) continue;
                if (!items.isEmpty()) items.append("; ");
                items.append(it.startsWith("so ") ? it : "so " + it);
            }
            list.appendReplacement(out, Matcher.quoteReplacement("cac so: " + items));
        }
        list.appendTail(out);
        return out.toString();
    }

    /** A capitalised short token before a capitalised word that the OCR channel finds a likely misreading of "Sở": a department's name is capitalised, and the channel, not a list of garbles, says which tokens "Sở" is likely printed as. */
    private static final Pattern SO_CANDIDATE = Pattern.compile("(?<![\\p{L}\\p{N}])S[^\\s\\p{Lu}]{1,2}(?=\\s+\\p{Lu})");
    private static final vn.camket.ocr.OcrChannel CHANNEL = vn.camket.ocr.OcrChannel.bundled();
    /** Mean log-probability per intended character of a likely misreading (as the table reader's header words use). */
    private static final double LIKELY_MISREADING = -1.6;
    private static final java.util.Map<String, Boolean> SO_READ = new java.util.concurrent.ConcurrentHashMap<>();

    /** "Sở" as the OCR channel reads it, written back as "Sở" (padded to the printed length, so words stay where printed). */
    private static String readSo(String text) {
        if (text.indexOf('S') < 0) return text;
        return SO_CANDIDATE.matcher(text).replaceAll(m -> {
            String t = m.group();
            boolean so = SO_READ.computeIfAbsent(t.toLowerCase(), k -> CHANNEL.logProb(k, "sở") / 2 >= LIKELY_MISREADING);
            return Matcher.quoteReplacement(so ? "Sở" + " ".repeat(t.length() - 2) : t);
        });
    }

    /** A token that may be "Sở" glued to the department's name after it ("SOY té", "SGYté", "S6Yté", "SOTaichinh"). */
    private static final Pattern GLUED_TOKEN = Pattern.compile("(?<![\\p{L}\\p{N}])[Ss][^\\s|;,.:()]{2,}");
    /** How likely (mean log-probability per intended character) a prefix must be as "Sở" when the lexicon vouches for what follows it. */
    private static final double LIKELY_GLUED = -4.0;

    /**
     * The text with "Sở" parted from the name the OCR glued it to: a token's first two or three
     * characters that read as "Sở" (as a known garble of it, or as the OCR channel finds likely),
     * when the rest opens the second word of a department's name ("Y" of "Sở Y tế", "Tai" of
     * "Sở Tài chính"). The lexicon, not the shape of the token, decides: "SANG" stays a word.
     */
    static String gluedSo(String text) {
        if (text.indexOf('S') < 0 && text.indexOf('s') < 0) return text;
        Matcher m = GLUED_TOKEN.matcher(text);
        StringBuilder out = null;
        int last = 0;
        while (m.find()) {
            String t = m.group();
            for (int k = 2; k <= 3 && k < t.length(); k++) {
                String prefix = t.substring(0, k), rest = t.substring(k);
                if (!Character.isLetter(rest.codePointAt(0)) || !readsAsSo(prefix)) continue;
                int word = departmentWord(rest);
                if (word < 0) continue;
                // the name's word parted from what the OCR glued to it as well ("Yté": "Y té")
                if (word > 0 && word < rest.length()) rest = rest.substring(0, word) + " " + rest.substring(word);
                if (out == null) out = new StringBuilder(text.length() + 8);
                out.append(text, last, m.start()).append(prefix).append(' ').append(rest);
                last = m.end();
                break;
            }
        }
        return out == null ? text : out.append(text, last, text.length()).toString();
    }

    private static boolean readsAsSo(String prefix) {
        String p = prefix.toLowerCase(java.util.Locale.ROOT);
        return SO_TOKEN.matcher(Fold.ocrFold(p)).matches() || CHANNEL.logProb(p, "sở") / 2 >= LIKELY_GLUED;
    }

    /**
     * Where the second word of a department's name ends when the text opens with it ("yte" with
     * "y" of "Sở Y tế": 1), 0 when it opens with one but where it ends is not known, -1 when none.
     * The longest such word; a one-letter word only where little follows it.
     */
    private static int departmentWord(String rest) {
        String f = Fold.ocrFold(rest);
        String letters = f.replaceAll("[^a-z0-9&]", "");
        String best = null;
        for (String w : WORDS.soNext()) {
            if (letters.startsWith(w) && (w.length() >= 2 || letters.length() <= 3) && (best == null || w.length() > best.length())) best = w;
        }
        if (best == null) return -1;
        return f.length() == rest.length() && f.startsWith(best) ? best.length() : 0;
    }

    /** The words agencies' names are made of, read through the OCR channel ({@link vn.camket.lexicon.LexiconReader}); built once, on first use. */
    private enum WORDS {
        ;
        private static final vn.camket.lexicon.LexiconReader READER;
        static {
            List<String> names = new ArrayList<>(DataFiles.lines("agencies.tsv"));
            names.addAll(DataFiles.lines("agencies-central.tsv"));
            for (Province p : ProvinceDirectory.load().all()) names.add(p.name());
            READER = new vn.camket.lexicon.LexiconReader(CHANNEL, names);
            Set<String> next = new java.util.HashSet<>();
            for (String line : names) {
                for (String form : line.split("[\t|]")) {
                    String[] w = words(Fold.ocrFold(form.strip()));
                    if (w.length >= 2 && w[0].equals("so") && w[1].chars().allMatch(Character::isLetter)) next.add(w[1]);
                }
            }
            SO_NEXT = Set.copyOf(next);
        }

        /** The folded second words of names that open with "Sở" ("khoa", "y", "tai" …). */
        private static final Set<String> SO_NEXT;

        static Set<String> soNext() {
            return SO_NEXT;
        }

        static vn.camket.lexicon.LexiconReader reader() {
            return READER;
        }
    }

    static String[] words(String matchForm) {
        String s = NON_WORD.matcher(matchForm).replaceAll(" ").trim();
        return s.isEmpty() ? new String[0] : s.split(" ");
    }

    private static final Pattern WORD_WITH_SEPARATOR = Pattern.compile("([^\\p{L}\\p{N}&]*)([\\p{L}\\p{N}&]+)");

    /** The punctuation before each word of the match form (the words as {@link #words} splits them), and where each word starts. */
    private static String[] separators(String matchForm, int count, int[] starts) {
        String[] seps = new String[count];
        Matcher m = WORD_WITH_SEPARATOR.matcher(matchForm);
        int k = 0;
        while (m.find() && k < count) {
            starts[k] = m.start(2);
            seps[k++] = m.group(1).strip();
        }
        for (; k < count; k++) seps[k] = "";
        return seps;
    }

    /**
     * A document's number ("161/TB-VPCP", "12/KH-UBND"): its number, its kind, then its issuer's code
     * after a hyphen. The issuer names who signed a cited document, not an agency of the row.
     */
    private static final Pattern OPEN_DOCUMENT_NUMBER = Pattern.compile("\\d+\\s*/\\s*[\\p{L}&.]+(?:-[\\p{L}&.]+)*-\\s*$");
    /** A document's number cut after its kind's hyphen at the end of a line ("số 213/TB-"): its issuer's code is on a later line. */
    private static final Pattern DOCUMENT_NUMBER_AT_END = Pattern.compile("\\d+\\s*/\\s*[\\p{L}&.]+(?:-[\\p{L}&.]+)*-$");
    /** A code of capitals (an issuer's in a document number: "VPCP", "UBND", "BKHCN"). */
    private static final Pattern CODE = Pattern.compile("[\\p{Lu}&.]{2,}");

    /** Every agency named in the text, in reading order, longest spelling first where they overlap. */
    public List<AgencyMention> find(String text) {
        List<AgencyMention> found = findAll(text);
        // an issuer's code in a document's number is not named as an agency of the text
        found.removeIf(m -> m.charStart() <= text.length() && OPEN_DOCUMENT_NUMBER.matcher(text.substring(0, m.charStart())).find());
        return found;
    }

    private List<AgencyMention> findAll(String text) {
        String form = matchForm(text);
        String[] w = words(form);
        int[] starts = new int[w.length];
        String[] seps = separators(form, w.length, starts);
        List<AgencyMention> found = new ArrayList<>();
        int i = 0;
        while (i < w.length) {
            Spelling hit = null;
            if (isProseSo(text, form, w, i, starts, seps)) {
                i++;
                continue;
            }
            for (Spelling s : startingWith(w[i])) {
                if (matchesAt(w, i, s)) {
                    hit = s;
                    break;
                }
            }
            if (hit != null) {
                int end = i + hit.words().length;
                String printedAs = null;
                // "Sở Kế hoạch và Đầu tư (Sở Tài chính)": a renamed agency with today's name in brackets is one
                // agency; the OCR may have garbled the end of the first name ("Pau tu"), so a few words may lie between
                for (int gap = 0; gap <= 3 && end + gap < w.length && printedAs == null; gap++) {
                    if (!seps[end + gap].contains("(")) continue;
                    for (Spelling s : spellings) {
                        if (s.agency() != hit.agency() && matchesAt(w, end + gap, s)) {
                            printedAs = hit.agency().name() + " (" + s.agency().name() + ")";
                            end += gap + s.words().length;
                            break;
                        }
                    }
                }
                String before = String.join(" ", java.util.Arrays.copyOfRange(w, Math.max(0, i - 3), i));
                String after = (end < w.length ? seps[end] + " " : "")
                        + String.join(" ", java.util.Arrays.copyOfRange(w, end, Math.min(w.length, end + 3)));
                found.add(new AgencyMention(hit.agency(), i, end, seps[i], before, after.strip(), false, starts[i], printedAs));
                i = end;
            } else if (abbreviations.containsKey(w[i])) {
                // a department's abbreviation standing alone: the OCR put "Sở" on the line above
                String before = String.join(" ", java.util.Arrays.copyOfRange(w, Math.max(0, i - 3), i));
                String after = (i + 1 < w.length ? seps[i + 1] + " " : "")
                        + String.join(" ", java.util.Arrays.copyOfRange(w, i + 1, Math.min(w.length, i + 4)));
                found.add(new AgencyMention(abbreviations.get(w[i]), i, i + 1, seps[i], before, after.strip(), true, starts[i], null));
                i++;
            } else {
                i++;
            }
        }
        return found;
    }

    /**
     * Every agency named in each of a table row's lines, including names that an OCR table cell
     * wraps onto the next lines of its column ("Sở Nông" / "nghiệp và Môi" / "trường"): the other
     * columns' words stand between the pieces, so a name is followed onto the next three lines,
     * each piece a run of its words. A name that starts this way needs two words on its first line.
     */
    public List<List<AgencyMention>> findInLines(List<String> lines) {
        List<String> forms = new ArrayList<>();
        List<String[]> words = new ArrayList<>();
        List<int[]> starts = new ArrayList<>();
        List<String[]> seps = new ArrayList<>();
        for (String line : lines) {
            String form = matchForm(line);
            forms.add(form);
            String[] w = words(form);
            int[] st = new int[w.length];
            seps.add(separators(form, w.length, st));
            words.add(w);
            starts.add(st);
        }
        List<List<AgencyMention>> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            List<AgencyMention> inLine = new ArrayList<>(find(lines.get(i)));
            String[] w = words.get(i);
            for (int j = 0; j + 1 < w.length; j++) {
                final int at = j;
                // a name found whole on the line wins over one stitched from several lines, unless a longer
                // name goes on from it onto the next lines ("Các sở, ngành" ⏎ "địa phương")
                AgencyMention whole = inLine.stream().filter(m -> m.start() <= at && m.end() > at).findFirst().orElse(null);
                if (whole != null && whole.start() != at) continue;
                if (isProseSo(lines.get(i), forms.get(i), w, j, starts.get(i), seps.get(i))) continue;
                AgencyMention wrapped = wrappedAt(words, seps, starts, i, j);
                if (wrapped == null || whole != null && wrapped.end() < whole.end()) continue;
                inLine.removeIf(m -> m.start() >= at && m.start() < wrapped.end());
                String before = String.join(" ", java.util.Arrays.copyOfRange(w, Math.max(0, j - 3), j));
                inLine.add(new AgencyMention(wrapped.agency(), j, wrapped.end(), seps.get(i)[j], before, wrapped.after(),
                        false, starts.get(i)[j], null, wrapped.tailLines(), wrapped.tailCharStart()));
                j = wrapped.end() - 1;
            }
            inLine.sort(Comparator.comparingInt(AgencyMention::start));
            // a document's number the OCR cut at its hyphen ("số 213/TB-" ⏎ "… VPCP"): the code nearest below it is its issuer's
            if (i > 0 && DOCUMENT_NUMBER_AT_END.matcher(lines.get(i - 1).strip()).find()) {
                int at = lines.get(i - 1).stripTrailing().length();
                String line = lines.get(i);
                String[] lineWords = w;
                inLine.stream().filter(m -> m.end() - m.start() == 1 && isCode(line, lineWords[m.start()]))
                        .min(Comparator.comparingInt(m -> Math.abs(m.charStart() - at))).ifPresent(inLine::remove);
            }
            out.add(inLine);
        }
        return out;
    }

    /** The line prints the word (folded) as a code of capitals ("VPCP"), a code's, not a name's, way of writing it. */
    private static boolean isCode(String line, String word) {
        for (String token : line.split("[\\s|,;:()]+")) {
            if (CODE.matcher(token).matches() && Fold.ocrFold(token).equals(word)) return true;
        }
        return false;
    }

    /**
     * "số" in running text ("kỹ năng số công chức"), not "Sở": printed in lower case right after a
     * lower-case word of the same sentence. A department's name is capitalised ("Sở", "S&", "SO").
     */
    private static boolean isProseSo(String printed, String form, String[] w, int at, int[] starts, String[] seps) {
        if (!w[at].equals("so") || at == 0 || !seps[at].isEmpty() || printed.length() != form.length()) return false;
        char first = printed.charAt(starts[at]);
        String previous = w[at - 1];
        int prevStart = starts[at - 1];
        return first == 's' && previous.chars().allMatch(Character::isLetter)
                && Character.isLowerCase(printed.charAt(prevStart));
    }

    /** A listed name that starts at word j of line i and runs on over the next lines; its end is on line i. */
    private AgencyMention wrappedAt(List<String[]> lines, List<String[]> lineSeps, List<int[]> lineStarts, int i, int j) {
        String[] w = lines.get(i);
        AgencyMention found = null;
        int foundLength = 0, foundExact = 0, foundLastLine = 0;
        for (Spelling s : startingWith(w[j])) {
            String[] sp = s.words();
            if (sp.length < 3 || sp.length < foundLength) continue;
            int first = prefixRun(w, j, s, 0);
            if (first >= sp.length) continue;
            Wrap wrap = first >= 2 ? followOn(lines, lineSeps, lineStarts, i, s, first, exactCount(w, j, sp, 0, first), false) : null;
            // a long name with one word on its first line garbled beyond reading, past any syllable ("S'O KAhoa
            // hQCA" ⏎ "va Cong nghé"): the words on both sides of it must be the name's, two at least after it, and
            // its last word printed right ("bảo trợ xã hội" ⏎ "thông minh" is no "Bảo hiểm xã hội tỉnh")
            int unread = j + first;
            if ((wrap == null || wrap.matched < sp.length) && first >= 1 && sp.length >= MIN_WORDS_WITH_UNREAD
                    && first + 2 < sp.length && unread < w.length && w[unread].chars().allMatch(Character::isLetter)) {
                boolean misread = isMisreadWord(w[unread]);
                int rest = prefixRun(w, unread + 1, s, first + 1);
                if (first + rest >= 2) {
                    int exactBefore = exactCount(w, j, sp, 0, first) + exactCount(w, unread + 1, sp, first + 1, rest);
                    Wrap other = followOn(lines, lineSeps, lineStarts, i, s, first + 1 + rest, exactBefore,
                            rest > 0 && w[unread + rest].equals(sp[first + rest]));
                    // a real word may stand for the name's ("KAhoa thA" ⏎ "va Cong nghé") where the name goes on below
                    // word for word as printed, for three words at least
                    int below = other.matched - (first + 1 + rest);
                    boolean readRightBelow = below >= 3 && other.exact - exactBefore == below;
                    if (other.matched == sp.length && other.matched - first - 1 >= 2 && other.endsExact && (misread || readRightBelow)) {
                        wrap = other;
                        first += 1 + rest;
                    }
                }
            }
            if (wrap == null) continue;
            // "Các Sở:" opens a list of departments ("Các Sở: CT; TC"), no name that goes on over the next lines
            if (j + first < w.length && w[j + first - 1].equals("so") && lineSeps.get(i)[j + first].contains(":")) continue;
            // the longest name; of names as long, the one with most words as printed, then the one on fewest lines
            if (wrap.matched == sp.length && wrap.exact * 2 >= sp.length && (found == null || sp.length == foundLength
                    && (wrap.exact > foundExact || wrap.exact == foundExact && wrap.lastLine < foundLastLine))) {
                found = new AgencyMention(s.agency(), j, j + first, "", "", wrap.after, false, 0, null, wrap.lastLine - i, wrap.lastPiece);
                foundLength = sp.length;
                foundExact = wrap.exact;
                foundLastLine = wrap.lastLine;
            }
        }
        return found;
    }

    /** Names this long or longer may have one word the OCR garbled beyond reading: the other words still single them out. */
    private static final int MIN_WORDS_WITH_UNREAD = 5;
    private static final Set<String> SYLLABLES = vn.camket.analysis.SyllableModel.bundledSyllables();

    /** Letters the OCR misread past any syllable ("hqca", "iee"), not a real word nor debris of digits and signs ("1gh0a"). */
    private static boolean isMisreadWord(String word) {
        return word.length() >= 2 && word.chars().allMatch(Character::isLetter) && !SYLLABLES.contains(word);
    }

    /** How far a name goes on over the lines after line i: words matched in all, of them printed right, its last line, whether its last word is printed right. */
    private record Wrap(int matched, int exact, int lastLine, int lastPiece, String after, boolean endsExact) {}

    /** Follows a name whose first {@code matched} words stand on line i onto the next three lines. */
    private static Wrap followOn(List<String[]> lines, List<String[]> lineSeps, List<int[]> lineStarts, int i, Spelling s,
                                 int matched, int exact, boolean endsExact) {
        String[] sp = s.words();
        int lastLine = i, lastPiece = -1;
        String after = "";
        for (int next = i + 1; next < lines.size() && next <= i + 3 && matched < sp.length; next++) {
            String[] nw = lines.get(next);
            // the longest run on the line: the name's next word may also stand in the task's prose before it
            int best = -1, bestRun = 0;
            for (int p = 0; p < nw.length; p++) {
                int run = prefixRun(nw, p, s, matched);
                if (run > bestRun) { best = p; bestRun = run; }
            }
            if (best >= 0) {
                int p = best, run = bestRun;
                exact += exactCount(nw, p, sp, matched, run);
                matched += run;
                endsExact = nw[p + run - 1].equals(sp[matched - 1]);
                lastLine = next;
                lastPiece = lineStarts.get(next)[p];
                after = (p + run < nw.length ? lineSeps.get(next)[p + run] + " " : "")
                        + String.join(" ", java.util.Arrays.copyOfRange(nw, p + run, Math.min(nw.length, p + run + 3)));
            }
        }
        return new Wrap(matched, exact, lastLine, lastPiece, after.strip(), endsExact);
    }

    /** How many words of the spelling, from its word k, stand one after another in the text from word at. */
    private static int prefixRun(String[] text, int at, Spelling s, int k) {
        String[] spelling = s.words();
        int n = 0;
        while (at + n < text.length && k + n < spelling.length
                && wordMatches(text[at + n], spelling[k + n], spelling.length, k + n >= s.strictFrom())) n++;
        return n;
    }

    private static int exactCount(String[] text, int at, String[] spelling, int k, int n) {
        int e = 0;
        for (int d = 0; d < n; d++) if (text[at + d].equals(spelling[k + d])) e++;
        return e;
    }

    /**
     * The one agency a whole name denotes ("Văn phòng UBND tỉnh" → Văn phòng Ủy ban nhân dân tỉnh),
     * allowing a trailing place name the caller accepts ("… Đồng Tháp"); null when the name is not
     * one listed agency.
     */
    public Agency identify(String name, java.util.function.Predicate<List<String>> placeName) {
        String[] w = words(matchForm(name));
        List<AgencyMention> found = find(name);
        if (found.isEmpty() || found.getFirst().start() != 0) return null;
        AgencyMention m = found.getFirst();
        if (m.end() == w.length) return m.agency();
        List<String> rest = List.of(java.util.Arrays.copyOfRange(w, m.end(), w.length));
        return found.size() == 1 && placeName.test(rest) ? m.agency() : null;
    }

    /** The agency whose name opens the text ("Sở Y tế" of "Sở Y tế chủ trì …"), or null. */
    public Agency opening(String text) {
        List<AgencyMention> found = find(text);
        return !found.isEmpty() && found.getFirst().start() == 0 ? found.getFirst().agency() : null;
    }

    /** Each agency the text names (canonical name) with the folded words naming it there ("so nv" for "Sở NV"). */
    public java.util.Map<String, String> namedWords(String text) {
        String[] w = words(matchForm(text));
        java.util.Map<String, String> out = new java.util.LinkedHashMap<>();
        for (AgencyMention m : find(text)) out.putIfAbsent(m.agency().name(), String.join(" ", java.util.Arrays.copyOfRange(w, m.start(), m.end())));
        return out;
    }

    /** The distinct canonical agencies named in a cell, in order. */
    public List<String> resolve(String cell) {
        LinkedHashSet<String> names = new LinkedHashSet<>();
        for (AgencyMention m : find(cell)) names.add(m.name());
        return List.copyOf(names);
    }

    /**
     * One wrong letter is forgiven in a longer name's longer words, never in an abbreviation or a
     * one-word spelling; a strict word (of a province's name) is forgiven only the OCR's "P" for "Đ".
     */
    private static boolean wordMatches(String a, String b, int spellingLength, boolean strict) {
        if (a.equals(b)) return true;
        // the OCR reads "Đ" as "P" ("Pai học", "Tỉnh Poan", "Pong Tháp")
        if (spellingLength > 1 && b.length() >= 2 && b.charAt(0) == 'd' && a.charAt(0) == 'p' && a.substring(1).equals(b.substring(1))) return true;
        if (strict) return false;
        // the OCR reads "ụ" as "y" ("Nội vy", "dyng"): a short word of a longer name with its u read as y
        if (spellingLength > 2 && a.length() == b.length() && a.indexOf('y') >= 0 && a.replace('y', 'u').equals(b.replace('y', 'u'))) return true;
        // a printed word that is another syllable of the language as long is that word ("Hội đồng" is no "Hội Nông"):
        // the channel keeps a word printed as it is likely, unless it reads it as the name's ("Vin" for "Văn"); a shorter
        // one may be the name's word cut at a column ("Non")
        if (a.length() == b.length() && SYLLABLES.contains(a) && !WORDS.reader().likelyMisreading(a, b)) return false;
        // a three-letter word of a longer name with its middle letter misread ("bgn" for ban)
        if (spellingLength > 2 && b.length() == 3 && a.length() == 3 && a.charAt(0) == b.charAt(0) && a.charAt(2) == b.charAt(2)
                && Character.isLetter(a.charAt(1))) return true;
        return spellingLength > 1 && b.length() >= 4 && Math.abs(a.length() - b.length()) <= 1 && !b.contains("&")
                && hasVowel(b) && Similarity.levenshtein(a, b) <= 1;
    }

    private static boolean hasVowel(String w) {
        for (int k = 0; k < w.length(); k++) if ("aeiouy".indexOf(w.charAt(k)) >= 0) return true;
        return false;
    }

    private static boolean matchesAt(String[] text, int at, Spelling s) {
        String[] spelling = s.words();
        if (spelling.length == 0 || at + spelling.length > text.length) return false;
        int exact = 0;
        boolean lastForgiven = false;
        for (int k = 0; k < spelling.length; k++) {
            String a = text[at + k], b = spelling[k];
            if (a.equals(b)) {
                exact++;
                lastForgiven = false;
            } else {
                // two misread words in a row are another name ("Giáo dục các sở" is no "Giám đốc các sở")
                if (lastForgiven || !wordMatches(a, b, spelling.length, k >= s.strictFrom())) return false;
                lastForgiven = true;
            }
        }
        // most words must be right as they are: "kinh doanh" is one letter off "tỉnh đoàn" twice, and is no agency
        return exact * 2 >= spelling.length;
    }
}
