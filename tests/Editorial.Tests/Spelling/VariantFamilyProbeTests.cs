using System.Text;
using Editorial.Diagnostics;
using Editorial.Engine;
using Xunit.Abstractions;

namespace Editorial.Tests.Spelling;

/// <summary>
/// The probe matrix of issue 12's name families (item 6): for each family of spelling variants a news desk meets, and for
/// each place the two spellings can stand (two paragraphs of one article, a headline against the body, a caption against the
/// body, two articles of one desk's story, the outlet's profile against the article), a short article of our own where a
/// careful sub-editor would flag exactly one occurrence, and its twins, where nothing should be flagged: a different person
/// with a similar name in the variant's place, the variant inside a longer name, and the variant in a post the article
/// reproduces. Every cell is run through the engine with the spelling rules; the
/// matrix of what they find is pinned, so that a gap closed or opened shows here, and each cell found is found exactly
/// (rule, place, message and fix).
/// </summary>
public class VariantFamilyProbeTests(ITestOutputHelper output)
{
    /// <summary>One family: the canonical full name and what the article calls the person next, the variant as the one
    /// occurrence to flag (<paramref name="Variant"/>, whose token <paramref name="Written"/> should become
    /// <paramref name="Canonical"/>), and the twin, a different person with a similar name.</summary>
    public sealed record Family(string Name, string Full, string Second, string Variant, string Written, string Canonical, string Twin);

    public static readonly Family[] Families =
    [
        new("case", "Lucia DeMarco", "DeMarco", "Demarco", "Demarco", "DeMarco", "Demarco Jones"),
        new("hyphen/space", "Linda Thomas-Greenfield", "Thomas-Greenfield", "Thomas Greenfield", "Thomas Greenfield", "Thomas-Greenfield", "Thomas Greenwood"),
        new("diacritics", "Thomas Müller", "Müller", "Muller", "Muller", "Müller", "Anna Möller"),
        new("Mohammed/Mohamed", "Mohammed Dahlan", "Mohammed Dahlan", "Mohamed Dahlan", "Mohamed", "Mohammed", "Mohamed Salah"),
        new("-sky/-skyy", "Dmytro Kovalsky", "Kovalsky", "Kovalskyy", "Kovalskyy", "Kovalsky", "Olena Kovalska"),
        new("-sky/-ski", "Pavel Sadovsky", "Sadovsky", "Sadovski", "Sadovski", "Sadovsky", "Marek Sadowski"),
        new("-y/-yy", "Alexei Navalny", "Navalny", "Navalnyy", "Navalnyy", "Navalny", "Yulia Navalnaya"),
        new("-iy/-ii", "Serhiy Haidai", "Serhiy Haidai", "Serhii Haidai", "Serhii", "Serhiy", "Serhii Marchenko"),
        new("kh/h", "Mikhail Khodorkovsky", "Khodorkovsky", "Hodorkovsky", "Hodorkovsky", "Khodorkovsky", "Anton Horodkovsky"),
        new("ou/u", "Yousef Hamdan", "Yousef Hamdan", "Yusef Hamdan", "Yusef", "Yousef", "Yusuf Hamid"),
        new("ie/ye", "Kirill Dmitriev", "Dmitriev", "Dmitryev", "Dmitryev", "Dmitriev", "Anna Dmitrieva"),
        new("ye/e", "Yevgeny Morozov", "Yevgeny Morozov", "Evgeny Morozov", "Evgeny", "Yevgeny", "Evgenia Morozova"),
        new("ks/x", "Aleksei Volkov", "Aleksei Volkov", "Alexei Volkov", "Alexei", "Aleksei", "Alexis Volkan"),
        new("edit", "Martina Hollander", "Hollander", "Hollnader", "Hollnader", "Hollander", "Martin Hollender"),
    ];

    public static readonly string[] Positions = ["paragraphs", "headline", "caption", "story", "profile"];

    private const string Desk = "name: desk\n";

    /// <summary>What stands in the cell's one slot: the variant, or one of three twins where nothing should be flagged.</summary>
    public enum Slot
    {
        /// <summary>The variant spelling of the person's name: the one occurrence to flag.</summary>
        Variant,
        /// <summary>Another person with a similar name (<see cref="Family.Twin"/>).</summary>
        OtherPerson,
        /// <summary>The variant inside a longer name, which keeps its own spelling ("the Navalnyy Foundation").</summary>
        InsideName,
        /// <summary>The variant in a post the article reproduces, which spells its own names. Only in running text.</summary>
        ReproducedPost,
    }

    private static readonly Slot[] Twins = [Slot.OtherPerson, Slot.InsideName, Slot.ReproducedPost];

    /// <summary>The text of the slot at <paramref name="position"/>: a headline, a caption, or a sentence of the body.</summary>
    private static string? SlotText(string position, Family family, Slot slot)
    {
        var name = slot == Slot.OtherPerson ? family.Twin : family.Variant;
        return (position, slot) switch
        {
            ("headline" or "caption", Slot.ReproducedPost) => null,
            ("headline", Slot.InsideName) => $"{name} Foundation vows to fight on",
            ("headline", _) => $"{name} vows to fight on",
            ("caption", Slot.InsideName) => $"Staff of the {name} Foundation leave the court on Monday.",
            ("caption", _) => $"{name} leaves the court on Monday.",
            (_, Slot.InsideName) => $"Aides to the {name} Foundation declined to comment.",
            (_, Slot.ReproducedPost) => $"The ministry wrote on Facebook: “We hold {name} responsible for the delay.”",
            _ => $"Aides to {name} declined to comment.",
        };
    }

    /// <summary>The articles of one cell, by path, with <paramref name="slot"/> (<see cref="SlotText"/>) in its place.</summary>
    private static (string Path, string Text)[] Articles(string position, Family family, string slot) => position switch
    {
        "paragraphs" =>
        [
            ("a.txt", $"{family.Full} spoke to reporters in the capital on Monday.\n\n{family.Second} said the talks would resume next week.\n\n{slot}"),
        ],
        "headline" =>
        [
            ("a.txt", $"{slot}\n\n{family.Full} spoke to reporters in the capital on Monday.\n\n{family.Second} said the talks would resume next week."),
        ],
        "caption" =>
        [
            ("a.html", $"<html><body><article><p>{family.Full} spoke to reporters in the capital on Monday.</p>" +
                       $"<figure><img src=\"court.jpg\"><figcaption>{slot}</figcaption></figure>" +
                       $"<p>{family.Second} said the talks would resume next week.</p></article></body></html>"),
        ],
        "story" =>
        [
            ("x/1.txt", $"{family.Full} spoke to reporters in the capital on Monday.\n\n{family.Second} said the talks would resume next week."),
            ("x/2.txt", $"Talks resumed in the capital on Tuesday.\n\n{slot}"),
        ],
        _ =>
        [
            ("a.txt", $"Talks resumed in the capital on Tuesday.\n\n{slot}"),
        ],
    };

    /// <summary>The profile's entry for the person: the surname, or the full name where the variant is in a given name (a given
    /// name alone names no one person: "Mohamed Salah" keeps his spelling under an entry "Mohammed").</summary>
    private static bool VariesInGivenName(Family family) => family.Variant != family.Written;

    private static string ProfileEntry(Family family) => VariesInGivenName(family) ? family.Full : family.Canonical;

    private static EditorialEngine EngineFor(string position, Family family) =>
        new(Profiles.ProfileSet.Load([new("rules/desk.yml", position == "profile" ? Desk + "spellings:\n  - preferred: " + ProfileEntry(family) + "\n" : Desk)],
            RuleCatalog.Vocabulary), SpellingCheck.Rules);

    private static List<string> Run(string position, Family family, Slot slot) =>
        EngineFor(position, family).Check(Articles(position, family, SlotText(position, family, slot)!)
                .Select(a => new ArticleInput(a.Path, a.Text, new(defaultOutlet: "desk"))).ToList())
            .Select(SpellingCheck.Line).ToList();

    /// <summary>The one finding a sub-editor would make: at the variant's token, with the canonical spelling as its fix.</summary>
    private static string Expected(string position, Family family)
    {
        var (path, text) = Articles(position, family, SlotText(position, family, Slot.Variant)!).Last();
        // The profile's entry covers the whole full name when it is one.
        if (position == "profile" && VariesInGivenName(family)) family = family with { Written = family.Variant, Canonical = family.Full };
        var start = text.LastIndexOf(family.Variant, StringComparison.Ordinal) + family.Variant.IndexOf(family.Written, StringComparison.Ordinal);
        if (position == "headline") start = family.Variant.IndexOf(family.Written, StringComparison.Ordinal);
        var (line, column) = LineColumn(text, start);
        var (endLine, endColumn) = LineColumn(text, start + family.Written.Length);
        var where = $"{path}({line},{column},{endLine},{endColumn})";
        return position switch
        {
            "profile" => $"{where}: warning ED1002: '{family.Written}' is spelled '{family.Canonical}' in desk style => {family.Canonical}",
            "story" => $"{where}: info ED1005: '{family.Written}' is spelled '{family.Canonical}' in most desk articles (1 of 2) => {family.Canonical}",
            _ => $"{where}: info ED1001: '{family.Written}' is spelled '{family.Canonical}' elsewhere in this article => {family.Canonical}",
        };
    }

    private static (int Line, int Column) LineColumn(string text, int offset)
    {
        var line = 1;
        var lineStart = 0;
        for (var i = 0; i < offset; i++)
        {
            if (text[i] != '\n') continue;
            line++;
            lineStart = i + 1;
        }
        return (line, offset - lineStart + 1);
    }

    /// <summary>found: the one expected finding and nothing else; missed: nothing; wrong: anything else. A twin is ok with no
    /// finding, wrong with any, and "-" where it has no place (a reproduced post in a headline or a caption).</summary>
    private static string Cell(string position, Family family, Slot slot)
    {
        if (SlotText(position, family, slot) is null) return "-";
        var lines = Run(position, family, slot);
        if (slot != Slot.Variant) return lines.Count == 0 ? "ok" : "wrong";
        if (lines.Count == 0) return "missed";
        return lines.Count == 1 && lines[0] == Expected(position, family) ? "found" : "wrong";
    }

    /// <summary>The matrix as this engine finds it: a row per family, a column per position, each cell the variant's result and
    /// then its three twins' (another person, inside a longer name, in a reproduced post).</summary>
    private static string Matrix()
    {
        var table = new StringBuilder();
        table.AppendLine("family | " + string.Join(" | ", Positions));
        foreach (var family in Families)
        {
            table.AppendLine(family.Name + " | " + string.Join(" | ",
                Positions.Select(p => Cell(p, family, Slot.Variant) + "/" + string.Join(",", Twins.Select(t => Cell(p, family, t))))));
        }
        return table.ToString();
    }

    [Fact]
    public void The_probe_matrix_is_as_pinned()
    {
        var matrix = Matrix();
        output.WriteLine(matrix);
        foreach (var family in Families)
        {
            foreach (var position in Positions)
            {
                foreach (var slot in Twins.Prepend(Slot.Variant).Where(slot => SlotText(position, family, slot) is not null))
                {
                    output.WriteLine($"{family.Name} {position} {slot}: {string.Join(" ; ", Run(position, family, slot))}");
                }
            }
        }
        matrix.ReplaceLineEndings("\n").ShouldBe(Pinned.ReplaceLineEndings("\n"));
    }

    // Missed: a story's second article (the outlet compares three articles or more, ED1005), and a typing slip against the
    // profile's spelling (a family key folds transliterations, not slips). A spelling with other letters at the head of a
    // longer name that the article's own spelling never heads keeps it ("the Navalnyy Foundation" beside "Alexei Navalny"),
    // in running text and captions. Wrong: the same in a headline, whose every word is capitalised; the same letters in
    // other capitals ("the Demarco Foundation" beside "Lucia DeMarco": "Github Pages" beside "GitHub" is the name misstyled);
    // a slip inside a longer name (diacritics dropped, a typing slip: "the Muller Foundation" beside "Thomas Müller"); and a
    // given name heading the surname the article's spelling heads too ("the Mohamed Dahlan Foundation"). Keeping every name
    // followed by a capitalised word to itself lost right dev findings ("the Siverski Donets River", "the Collingswod Patch").
    private const string Pinned = """
        family | paragraphs | headline | caption | story | profile
        case | found/ok,wrong,ok | found/ok,wrong,- | found/ok,wrong,- | missed/ok,ok,ok | found/ok,ok,ok
        hyphen/space | found/ok,ok,ok | found/ok,ok,- | found/ok,ok,- | missed/ok,ok,ok | found/ok,ok,ok
        diacritics | found/ok,wrong,ok | found/ok,wrong,- | found/ok,wrong,- | missed/ok,ok,ok | found/ok,ok,ok
        Mohammed/Mohamed | found/ok,wrong,ok | found/ok,wrong,- | found/ok,wrong,- | missed/ok,ok,ok | found/ok,ok,ok
        -sky/-skyy | found/ok,ok,ok | found/ok,wrong,- | found/ok,ok,- | missed/ok,ok,ok | found/ok,ok,ok
        -sky/-ski | found/ok,ok,ok | found/ok,wrong,- | found/ok,ok,- | missed/ok,ok,ok | found/ok,ok,ok
        -y/-yy | found/ok,ok,ok | found/ok,wrong,- | found/ok,ok,- | missed/ok,ok,ok | found/ok,ok,ok
        -iy/-ii | found/ok,wrong,ok | found/ok,wrong,- | found/ok,wrong,- | missed/ok,ok,ok | found/ok,ok,ok
        kh/h | found/ok,ok,ok | found/ok,wrong,- | found/ok,ok,- | missed/ok,ok,ok | found/ok,ok,ok
        ou/u | found/ok,wrong,ok | found/ok,wrong,- | found/ok,wrong,- | missed/ok,ok,ok | found/ok,ok,ok
        ie/ye | found/ok,ok,ok | found/ok,wrong,- | found/ok,ok,- | missed/ok,ok,ok | found/ok,ok,ok
        ye/e | found/ok,wrong,ok | found/ok,wrong,- | found/ok,wrong,- | missed/ok,ok,ok | found/ok,ok,ok
        ks/x | found/ok,wrong,ok | found/ok,wrong,- | found/ok,wrong,- | missed/ok,ok,ok | found/ok,ok,ok
        edit | found/ok,wrong,ok | found/ok,wrong,- | found/ok,wrong,- | missed/ok,ok,ok | missed/ok,ok,ok

        """;
}
