using System.Globalization;
using Editorial.Configuration;
using Editorial.Engine;

namespace Editorial.Tests.Figures;

/// <summary>
/// The same count as outlets phrase it: for each quantity news stories disagree on, ways of writing it (a verb before or after
/// the count, a toll, a headline, a caption, the second count of a coordinated verb, an aside), each pair put in two articles
/// of one story with different values. Every pair of the phrasings read must conflict (ED2002 on both sides); the phrasings
/// the reader does not take as that quantity yet are listed apart, with why, and stay quiet. Every sentence is made up.
/// </summary>
public class PhrasingMatrixTests
{
    /// <summary>A quantity: the values each side gives (the digits, then forms in words a phrasing may use), the phrasings read
    /// as it, and those missed, which no pair reports.</summary>
    public sealed record Quantity(object[] First, object[] Second, string[] Read, string[] Missed);

    private const string Mall = "at a mall in Tulsa on Saturday";

    private const string Teacher = "\n\nRoe had taught in Lyon for ten years.";

    private const string Fire = "after a wildfire broke out near Marathon on Monday";

    public static readonly IReadOnlyDictionary<string, Quantity> Quantities = new Dictionary<string, Quantity>
    {
        ["dead"] = new(["12", "Twelve", "a dozen"], ["24", "Twenty-four", "two dozen"],
        [
            "A gunman killed {0} people " + Mall + ".",
            "{0} people were killed when a gunman opened fire " + Mall + ".",
            "{1} people died after a gunman opened fire " + Mall + ".",
            "The death toll from the shooting " + Mall + " stands at {0}.",
            "A shooting " + Mall + " left {0} people dead.",
            "A shooting " + Mall + " left {0} dead.",
            "A gunman killed {2} people " + Mall + ".",
            "# {0} killed in Tulsa mall shooting\n\nA gunman opened fire " + Mall + ".",
            "A gunman killed {0} people and injured 40 " + Mall + ".",
            "{0} people, including two children, were killed when a gunman opened fire " + Mall + ".",
            "A gunman opened fire " + Mall + ".\n\nFlowers outside the mall in Tulsa, where {0} people were killed. Photograph: Jane Doe/AP",
            "The shooting " + Mall + " claimed {0} lives.",
            "# Tulsa mall shooting: {0} dead\n\nA gunman opened fire " + Mall + ".",
            "A gunman opened fire " + Mall + ", killing {0} people.",
            "{0} people lost their lives when a gunman opened fire " + Mall + ".",
            "{0} dead after a gunman opened fire " + Mall + ".",
            "A gunman shot dead {0} people " + Mall + ".",
            "{0} people were confirmed dead after a gunman opened fire " + Mall + ".",
            "A gunman opened fire " + Mall + ", leaving {0} people dead.",
            "{1} people are dead after a gunman opened fire " + Mall + ".",
            "The shooting " + Mall + " caused the deaths of {0} people.",
            "{0} people were shot and killed " + Mall + ".",
            "A gunman opened fire " + Mall + ". {1} people were killed.",
            "A gunman opened fire " + Mall + ", killing {0}.",
            "# Gunman kills {0} at Tulsa mall\n\nThe shooting happened " + Mall + ".",
        ],
        [
            // The bodies found are a part of the toll until all are: another quantity.
            "Police recovered {0} bodies after a gunman opened fire " + Mall + ".",
            "A gunman opened fire " + Mall + ".\n\nThe dead numbered {0}.",
            // Those feared dead are counted beside the confirmed dead ("three deaths confirmed, 40 feared dead"), not as them.
            "{0} people are feared dead after a gunman opened fire " + Mall + ".",
            "# {0} feared dead in Tulsa mall shooting\n\nA gunman opened fire " + Mall + ".",
        ]),
        ["injured"] = new(["40", "Forty"], ["55", "Fifty-five"],
        [
            "A gunman injured {0} people " + Mall + ".",
            "{0} people were injured when a gunman opened fire " + Mall + ".",
            "{1} people were wounded when a gunman opened fire " + Mall + ".",
            "A shooting " + Mall + " left {0} people injured.",
            "A gunman killed 3 people and injured {0} " + Mall + ".",
            "A gunman killed 3 people and wounded {0} others " + Mall + ".",
            "# 3 dead, {0} injured in Tulsa mall shooting\n\nA gunman opened fire " + Mall + ".",
            "{0} people were hurt when a gunman opened fire " + Mall + ".",
            "A gunman opened fire " + Mall + ", injuring {0} people.",
            "{0} people, including two children, were injured when a gunman opened fire " + Mall + ".",
            "A gunman opened fire " + Mall + ", killing 3 people and injuring {0}.",
            "{0} people were treated for injuries after a gunman opened fire " + Mall + ".",
            "{0} people suffered injuries when a gunman opened fire " + Mall + ".",
            "A gunman opened fire " + Mall + ", leaving 3 people dead and {0} injured.",
            "Three people were killed and {0} were injured when a gunman opened fire " + Mall + ".",
            "Three people were killed and {0} injured when a gunman opened fire " + Mall + ".",
            "Three people were killed and {0} others were injured when a gunman opened fire " + Mall + ".",
            "The number of injured stands at {0} after a gunman opened fire " + Mall + ".",
        ],
        [
            // Those taken to hospital are a count of their own, a part of the injured.
            "{0} people were taken to hospital with injuries after a gunman opened fire " + Mall + ".",
        ]),
        ["on board"] = new(["150"], ["159"],
        [
            "A plane carrying {0} people crashed near Lyon on Sunday.",
            "A plane with {0} people on board crashed near Lyon on Sunday.",
            "A plane with {0} passengers and crew crashed near Lyon on Sunday.",
            "There were {0} people aboard the plane that crashed near Lyon on Sunday.",
            "The plane that crashed near Lyon on Sunday was carrying {0} passengers and crew members.",
            "All {0} people on board were killed when a plane crashed near Lyon on Sunday.",
            "The plane that crashed near Lyon on Sunday had {0} passengers and crew on board.",
            "{0} people were on board the plane that crashed near Lyon on Sunday.",
            "# Plane with {0} on board crashes near Lyon\n\nThe plane came down near Lyon on Sunday.",
            "A plane crashed near Lyon on Sunday with {0} people on board.",
            "The Airbus, which crashed near Lyon on Sunday, had {0} people on board.",
            "A plane crashed near Lyon on Sunday. It was carrying {0} passengers and crew.",
        ], []),
        ["arrested"] = new(["30", "Thirty"], ["45", "Forty-five"],
        [
            "Police arrested {0} people after clashes in Leeds on Friday.",
            "{0} people were arrested after clashes in Leeds on Friday.",
            "Police made {0} arrests after clashes in Leeds on Friday.",
            "Police detained {0} people after clashes in Leeds on Friday.",
            "# {0} arrested after clashes in Leeds\n\nPolice and protesters clashed in Leeds on Friday.",
            "{0} people have been taken into custody after clashes in Leeds on Friday.",
            "Clashes in Leeds on Friday led to {0} arrests.",
            "{1} people were detained after clashes in Leeds on Friday.",
            "Police arrested {0} people, including two teenagers, after clashes in Leeds on Friday.",
            "Clashes in Leeds on Friday ended in the arrest of {0} people.",
            "Police said {0} people had been arrested after clashes in Leeds on Friday.",
            "{0} arrests were made after clashes in Leeds on Friday.",
            "Clashes in Leeds on Friday: {0} arrested, 12 officers hurt",
        ],
        [
            // "held" is as often a hostage's fate or a rally's: no event.
            "Police held {0} people after clashes in Leeds on Friday.",
        ]),
        ["missing"] = new(["20", "Twenty"], ["27", "Twenty-seven"],
        [
            "{0} people are missing after floods in Valencia on Tuesday.",
            "{0} people remain missing after floods in Valencia on Tuesday.",
            "{0} people are still unaccounted for after floods in Valencia on Tuesday.",
            "Floods in Valencia on Tuesday left {0} people missing.",
            "Rescuers are searching for {0} missing people after floods in Valencia on Tuesday.",
            "# {0} missing after Valencia floods\n\nFloods swept through homes in Valencia on Tuesday.",
            "{0} people have been reported missing after floods in Valencia on Tuesday.",
            "Floods in Valencia on Tuesday killed 8 people, and {0} are missing.",
            "Floods in Valencia on Tuesday killed 8 people and left {0} missing.",
            "The number of missing after floods in Valencia on Tuesday stands at {0}.",
        ],
        [
            // "others" are read only after a count of their noun in the same clause.
            "Floods in Valencia on Tuesday killed 8 people. {1} others are missing.",
        ]),
        ["evacuated"] = new(["1,200"], ["1,500"],
        [
            "Authorities evacuated {0} people " + Fire + ".",
            "{0} people were evacuated " + Fire + ".",
            "A wildfire near Marathon on Monday forced {0} people to evacuate.",
            "A wildfire near Marathon on Monday forced the evacuation of {0} people.",
            "{0} residents were evacuated " + Fire + ".",
            "{0} people had to be evacuated " + Fire + ".",
            "# {0} evacuated as wildfire nears Marathon\n\nA wildfire broke out near Marathon on Monday.",
        ], []),
        ["fled"] = new(["1,200"], ["1,500"],
        [
            "{0} people were forced to flee their homes " + Fire + ".",
            "{0} people fled " + Fire + ".",
            "# Wildfire near Marathon forces {0} to flee\n\nA wildfire broke out near Marathon on Monday.",
            "A wildfire near Marathon on Monday displaced {0} people.",
            "{0} people were displaced by a wildfire near Marathon on Monday.",
            "A wildfire near Marathon on Monday forced {0} people from their homes.",
        ], []),
        ["fine"] = new(["2"], ["3"],
        [
            "A court in Paris fined Acme €{0} million on Tuesday.",
            "Acme was fined €{0} million by a court in Paris on Tuesday.",
            "A court in Paris ordered Acme to pay a €{0} million fine on Tuesday.",
            "A court in Paris imposed a fine of €{0} million on Acme on Tuesday.",
            "# Acme fined €{0}m by Paris court\n\nA court in Paris ruled against Acme on Tuesday.",
            "A court in Paris handed Acme a €{0} million fine on Tuesday.",
        ],
        [
            // "fines" may sum several fines: the plural noun is kept apart from one fine.
            "Acme must pay €{0} million in fines, a court in Paris ruled on Tuesday.",
        ]),
        ["damage"] = new(["2"], ["3"],
        [
            "The storm that hit Miami on Monday caused ${0} billion in damage.",
            "The storm that hit Miami on Monday caused damage worth ${0} billion.",
            "The storm that hit Miami on Monday left ${0} billion in damage.",
            "The storm that hit Miami on Monday caused ${0} billion worth of damage.",
        ],
        [
            // The noun stands far from the amount, before a clause.
            "Damage from the storm that hit Miami on Monday is put at ${0} billion.",
            // "damages" are what a court awards, a noun of its own.
            "The storm that hit Miami on Monday caused damages of ${0} billion.",
        ]),
        ["cost"] = new(["40"], ["45"],
        [
            "The £{0} million bridge in Leeds opened on Monday.",
            "The new bridge in Leeds cost £{0} million to build.",
            "The cost of the new bridge in Leeds is £{0} million.",
            "The bridge, which cost £{0} million, opened in Leeds on Monday.",
        ],
        [
            // A cost is its holder's: "its new £40m bridge" has a word between the determiner and the amount, and the holder is
            // read only right after a determiner.
            "Leeds opened its new £{0}m bridge on Monday.",
            // Read, but given as what the bridge will cost: a forecast is reported only against another forecast (ReportGateTests).
            "The new bridge in Leeds will cost £{0} million.",
        ]),
        ["distance"] = new(["1,000"], ["1,300"],
        [
            "The North Korean missile flew {0} km before landing in the sea on Friday.",
            "The North Korean missile travelled {0} km before landing in the sea on Friday.",
            "The North Korean missile flew a distance of {0} km before landing in the sea on Friday.",
            "The North Korean missile covered {0} km before landing in the sea on Friday.",
            "# North Korean missile flies {0} km before landing in sea\n\nThe North Korean missile landed in the sea on Friday.",
        ],
        [
            // A length qualifying a noun of travel ("flight") is no distance the reader knows.
            "The North Korean missile landed in the sea on Friday after a {0}-km flight.",
        ]),
        ["height"] = new(["10"], ["14"],
        [
            "The wave that hit the coast of Sendai on Friday was {0} metres high.",
            "A {0}-metre-high wave hit the coast of Sendai on Friday.",
        ],
        [
            // A length with no dimension may be any of the thing's; "a wave 10 metres high" has no verb that gives the holder; an
            // indefinite holder is any wave; and "height" alone names no holder: these key apart or not at all.
            "A {0}-metre wave hit the coast of Sendai on Friday.",
            "A wave {0} metres high hit the coast of Sendai on Friday.",
            "The wave that hit the coast of Sendai on Friday reached a height of {0} metres.",
            "The wave that hit the coast of Sendai on Friday reached {0} metres.",
        ]),
        ["weight"] = new(["40"], ["44"],
        [
            "The {0}-tonne truck crashed into a bridge in Leeds on Friday.",
            "The truck, which weighed {0} tonnes, crashed into a bridge in Leeds on Friday.",
            "The truck that crashed into a bridge in Leeds on Friday weighed {0} tonnes.",
            "The truck weighs {0} tonnes. It crashed into a bridge in Leeds on Friday.",
        ],
        [
            // An indefinite holder is a new thing, any truck.
            "A truck weighing {0} tonnes crashed into a bridge in Leeds on Friday.",
        ]),
        ["age"] = new(["34"], ["35"],
        [
            "Jane Roe, {0}, was killed in the crash near Lyon on Sunday." + Teacher,
            "Jane Roe, aged {0}, was killed in the crash near Lyon on Sunday." + Teacher,
            "Jane Roe, who was {0}, was killed in the crash near Lyon on Sunday." + Teacher,
            "Jane Roe was killed in the crash near Lyon on Sunday. Roe was {0} years old.",
            "Jane Roe was killed in the crash near Lyon on Sunday. The {0}-year-old Roe was a teacher.",
            "{0}-year-old Jane Roe was killed in the crash near Lyon on Sunday." + Teacher,
        ],
        [
            // A number in brackets after a name is as often a score or a count of seats as an age.
            "Jane Roe ({0}) was killed in the crash near Lyon on Sunday." + Teacher,
        ]),
        ["duration"] = new(["three", "3"], ["four", "4"],
        [
            "A {0}-hour siege at a bank in Lyon ended on Sunday.",
            "The siege at a bank in Lyon lasted {0} hours.",
            "The police ended the {0}-hour siege at a bank in Lyon on Sunday.",
            "A siege lasting {0} hours at a bank in Lyon ended on Sunday.",
            "The {1}-hour siege at a bank in Lyon ended on Sunday.",
            "# {1}-hour siege at Lyon bank ends\n\nPolice freed the hostages at a bank in Lyon on Sunday.",
        ],
        [
            // "after three hours" as often says when another thing happened as how long the siege lasted.
            "The siege at a bank in Lyon ended on Sunday after {0} hours.",
            // "went on" reports speech ("she went on"): its clause's figure is taken as the siege's words.
            "The siege at a bank in Lyon went on for {0} hours.",
            // Nouns are not folded: a stand-off is keyed apart from a siege.
            "Police ended the {0}-hour stand-off at a bank in Lyon on Sunday.",
        ]),
        ["clock time"] = new(["08:20", "8.20am"], ["08:45", "8.45am"],
        [
            "The explosion in Lyon happened at {0} on Sunday.",
            "The blast hit Lyon at {1} on Sunday.",
            "A bomb exploded in Lyon at {0} on Sunday.",
            "At {0} on Sunday, an explosion shook Lyon.",
            "The explosion that shook Lyon on Sunday happened at {1}.",
        ],
        [
            // A time given in a zone is compared only with times of the same zone: "local time" may not be the other's.
            "An explosion hit Lyon at {0} local time on Sunday.",
        ]),
    };

    public static TheoryData<string> Read() => new(Quantities.Where(q => q.Value.Read.Length > 1).Select(q => q.Key));

    public static TheoryData<string> Missed() => new(Quantities.Where(q => q.Value.Missed.Length > 0).Select(q => q.Key));

    private static string Text(string phrasing, object[] values) => string.Format(CultureInfo.InvariantCulture, phrasing, values);

    // Filed on one day, as two outlets' stories of one event are: an age is compared only between dated articles.
    private static IReadOnlyList<string> Check(string first, string second) =>
        StoryFigures.CheckOnOneDay(("outlet-a/story.txt", first + "\n"), ("outlet-b/story.txt", second + "\n"));

    [Theory]
    [MemberData(nameof(Read))]
    public void Every_pair_of_phrasings_of_one_count_conflicts(string name)
    {
        var quantity = Quantities[name];
        var missed = new List<string>();
        for (var i = 0; i < quantity.Read.Length; i++)
        {
            for (var j = 0; j < quantity.Read.Length; j++)
            {
                if (i == j) continue;
                var sides = Check(Text(quantity.Read[i], quantity.First), Text(quantity.Read[j], quantity.Second))
                    .Where(d => d.Contains(": info ED2002: ", StringComparison.Ordinal)).Select(d => d.Substring(0, d.IndexOf('/', StringComparison.Ordinal))).Distinct();
                if (!sides.OrderBy(s => s, StringComparer.Ordinal).SequenceEqual(["outlet-a", "outlet-b"])) missed.Add($"{i} against {j}");
            }
        }
        missed.ShouldBeEmpty();
    }

    /// <summary>The quiet twins of the measures: a length of time of another thing, a clock time of another moment or of another
    /// zone, one value in two units (within an article or across two), an amount asked against one paid, a cost against a budget.</summary>
    [Theory]
    [InlineData("A three-hour siege at a bank in Lyon ended on Sunday.", "A four-hour blackout hit a bank in Lyon on Sunday.")]
    [InlineData("The polls in Lyon opened at 7 a.m. on Sunday.", "A blast hit Lyon at 7:20 a.m. on Sunday.")]
    [InlineData("The capsule landed in Lyon at 12:55 a.m. after departing the station at 9:34 p.m. on Sunday.",
        "The capsule landed in Lyon at 12:55 a.m. on Sunday.")]
    [InlineData("The blast hit Lyon at 08:20 on Sunday.", "The blast hit Lyon at 09:20 GMT on Sunday.")]
    [InlineData("The blast hit Lyon at 8:20 on Sunday.", "The blast hit Lyon at 8:45 p.m. on Sunday.")]
    [InlineData("The North Korean missile flew 5 miles (8 km) before landing in the sea on Friday.",
        "The North Korean missile flew 8 km before landing in the sea on Friday.")]
    [InlineData("The North Korean missile flew 5 miles before landing in the sea on Friday.",
        "The North Korean missile flew 8 km before landing in the sea on Friday.")]
    [InlineData("The kidnappers in Mali demanded a ransom of $2 million.", "The family paid a $1 million ransom to the kidnappers in Mali.")]
    [InlineData("The new bridge in Leeds will cost £40 million.", "The budget for the new bridge in Leeds is £45 million.")]
    [InlineData("The new bridge in Leeds will cost £40 million.", "The new tunnel in Leeds will cost £45 million.")]
    [InlineData("The £40 million bridge in Leeds opened on Monday.", "A £45 million bridge in Leeds opened on Monday.")]
    // Each owner's award: the key cannot name whose.
    [InlineData("The Leeds harbour trust will use its £16,800 award for cameras.", "The Leeds ferry company will use its £149,895 award for a pier.")]
    public void Measures_of_other_things_or_one_value_in_two_units_are_quiet(string first, string second) => Check(first, second).ShouldBeEmpty();

    [Fact]
    public void The_wounded_a_verb_takes_to_hospital_are_the_hospitalised_past_a_breakdown_between_dashes()
    {
        // A part of the wounded: no conflict with the wounded, one with another count of the hospitalised.
        const string taken = "The governor said 98 wounded people -- 16 children, 46 women and 36 men -- were taken to hospitals in Lyon on Sunday.";
        Check(taken, "Nearly 300 people were wounded in Lyon on Sunday.").ShouldBeEmpty();
        Check(taken.Replace(" -- ", " — "), "Nearly 300 people were wounded in Lyon on Sunday.").ShouldBeEmpty();
        Check(taken, "More than 120 people were taken to hospitals in Lyon on Sunday.").Select(d => d.Substring(0, d.IndexOf(':'))).ShouldBe(
            ["outlet-a/story.txt(1,19,1,36)", "outlet-b/story.txt(1,1,1,21)"]);
    }

    [Theory]
    [MemberData(nameof(Missed))]
    public void The_phrasings_not_read_as_the_count_pair_with_none(string name)
    {
        var quantity = Quantities[name];
        foreach (var missed in quantity.Missed)
        {
            foreach (var other in quantity.Read.Concat(quantity.Missed).Where(p => p != missed))
            {
                Check(Text(missed, quantity.First), Text(other, quantity.Second)).ShouldBeEmpty($"{missed} against {other}");
            }
        }
    }
}
