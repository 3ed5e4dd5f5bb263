using Editorial.Articles;
using Editorial.Figures;

namespace Editorial.Tests.Figures;

public class FigureExtractorTests
{
    private static IReadOnlyList<Figure> Extract(string text) => FigureExtractor.Extract(Article.Parse("test.txt", text), FigureLexicon.Of(Profiles.ProfileSet.BuiltIn.Default));

    [Fact]
    public void An_outlet_adds_its_own_hedges_in_its_profile()
    {
        var profiles = Profiles.ProfileSet.Load([new Profiles.ProfileSource("rules/desk.yml",
            "name: desk\nlists:\n  hedges-about: [in the region of]\n  hedges-up-to: [as much as]\n")], Engine.RuleCatalog.Vocabulary);
        profiles.Diagnostics.ShouldBeEmpty();
        var article = Article.Parse("test.txt", "In the region of 300 residents left, and as much as 40 tonnes of grain was lost. About 12 stayed.");
        profiles.TryGet("desk", out var desk).ShouldBeTrue();
        FigureExtractor.Extract(article, FigureLexicon.Of(desk)).Select(f => (f.Text, f.Hedge))
            .ShouldBe([("In the region of 300", Hedge.About), ("as much as 40 tonnes", Hedge.UpTo), ("About 12", Hedge.About)]);
        // The default profile does not read them: "300" alone.
        FigureExtractor.Extract(article, FigureLexicon.Of(Profiles.ProfileSet.BuiltIn.Default)).First().Hedge.ShouldBe(Hedge.None);
    }

    [Theory]
    [InlineData("said", false)]
    [InlineData("the", false)]
    [InlineData("Ministers", false)]
    [InlineData("nine", true)]
    [InlineData("Third", true)]
    [InlineData("dozens", true)]
    [InlineData("tens", true)]
    [InlineData("An", true)]
    [InlineData("nine-story", true)]
    [InlineData("least", false)]
    [InlineData("At", true)]
    [InlineData("nobody", true)]
    public void A_word_that_starts_no_hedge_no_count_of_none_and_no_number_starts_no_figure(string word, bool mayStart) =>
        FigureLexicon.Of(Profiles.ProfileSet.BuiltIn.Default).MayStartFigure(word).ShouldBe(mayStart);

    [Fact]
    public void An_outlet_s_own_hedge_words_may_start_a_figure()
    {
        var profiles = Profiles.ProfileSet.Load([new Profiles.ProfileSource("rules/desk.yml", "name: desk\nlists:\n  hedges-about: [give or take]\n")],
            Engine.RuleCatalog.Vocabulary);
        profiles.TryGet("desk", out var desk).ShouldBeTrue();
        FigureLexicon.Of(desk).MayStartFigure("Give").ShouldBeTrue();
        FigureLexicon.Of(Profiles.ProfileSet.BuiltIn.Default).MayStartFigure("Give").ShouldBeFalse();
    }

    private static Figure Single(string text)
    {
        var figures = Extract(text);
        figures.Count.ShouldBe(1, string.Join(" | ", figures));
        return figures[0];
    }

    [Theory]
    [InlineData("At least 35 people were killed.", "At least 35", Hedge.AtLeast, "[35, inf)")]
    [InlineData("No fewer than 12 children died.", "No fewer than 12", Hedge.AtLeast, "[12, inf)")]
    [InlineData("Officials said 35 or more people died.", "35 or more", Hedge.AtLeast, "[35, inf)")]
    [InlineData("More than 130 were wounded.", "More than 130", Hedge.MoreThan, "(125, inf)")]
    [InlineData("Over 40 people were hurt.", "Over 40", Hedge.MoreThan, "(40, inf)")]
    [InlineData("Nearly 2,200 people died.", "Nearly 2,200", Hedge.Nearly, "[1930, 2250]")]
    [InlineData("Almost 50 people died.", "Almost 50", Hedge.Nearly, "[45, 50)")]
    [InlineData("About 15 people fled.", "About 15", Hedge.About, "[12.75, 17.25]")]
    [InlineData("Some 300 residents were evacuated.", "Some 300", Hedge.About, "[240, 360]")]
    [InlineData("Up to 180 fighters were killed.", "Up to 180", Hedge.UpTo, "[0, 185]")]
    [InlineData("As many as 20 people died.", "As many as 20", Hedge.UpTo, "[0, 20]")]
    [InlineData("Fewer than 20 soldiers were injured.", "Fewer than 20", Hedge.FewerThan, "[0, 20)")]
    [InlineData("Less than 5 people were hurt.", "Less than 5", Hedge.FewerThan, "[0, 5)")]
    [InlineData("Between 10 and 20 people were killed.", "Between 10 and 20", Hedge.Range, "[10, 20]")]
    [InlineData("From 10 to 20 missiles were launched.", "From 10 to 20", Hedge.Range, "[10, 20]")]
    [InlineData("Officials said 10-20 drones were fired.", "10-20", Hedge.Range, "[10, 20]")]
    [InlineData("Officials said 10 to 20 drones were fired.", "10 to 20", Hedge.Range, "[10, 20]")]
    [InlineData("The attack killed 35 people.", "35", Hedge.None, "[35, 35]")]
    public void Hedges_become_intervals(string text, string figureText, Hedge hedge, string interval)
    {
        var figure = Single(text);
        figure.Kind.ShouldBe(FigureKind.Count);
        figure.Text.ShouldBe(figureText);
        figure.Hedge.ShouldBe(hedge);
        figure.Interval.ToString().ShouldBe(interval);
    }

    [Theory]
    [InlineData("A total of 2,187 residents died.", "2,187", 2187, "[2187, 2187]")]
    [InlineData("Nearly 2.8 million people fled.", "Nearly 2.8 million", 2_800_000, "[2470000, 2850000]")]
    [InlineData("They counted 2.8m refugees.", "2.8m", 2_800_000, "[2750000, 2850000)")]
    [InlineData("Nine people were killed.", "Nine", 9, "[9, 9]")]
    [InlineData("Twenty-five civilians were killed.", "Twenty-five", 25, "[25, 25]")]
    [InlineData("Two hundred people were killed.", "Two hundred", 200, "[190, 210)")]
    [InlineData("Two hundred and fifty people were killed.", "Two hundred and fifty", 250, "[250, 250]")]
    [InlineData("A dozen soldiers died.", "A dozen", 12, "[12, 12]")]
    [InlineData("A hundred people came.", "A hundred", 100, "[95, 105)")]
    [InlineData("The city of 430,000 people.", "430,000", 430_000, "[425000, 435000)")]
    [InlineData("They deployed 2000 troops.", "2000", 2000, "[1900, 2100)")]
    public void Digits_and_number_words_are_read(string text, string figureText, double value, string interval)
    {
        var figure = Single(text);
        figure.Kind.ShouldBe(FigureKind.Count);
        figure.Text.ShouldBe(figureText);
        figure.Value.ShouldBe(value);
        figure.Interval.ToString().ShouldBe(interval);
    }

    [Theory]
    [InlineData("Dozens of people were wounded.", "Dozens", "[20, 150)")]
    [InlineData("Hundreds of people were wounded.", "Hundreds", "[200, 2000)")]
    [InlineData("Thousands of people fled.", "Thousands", "[2000, 2000000)")]
    [InlineData("Hundreds of thousands of people fled.", "Hundreds of thousands", "[200000, 2000000)")]
    [InlineData("Tens of thousands of people fled.", "Tens of thousands", "[20000, 100000)")]
    public void Magnitude_words_are_vague_intervals(string text, string figureText, string interval)
    {
        var figure = Single(text);
        figure.Kind.ShouldBe(FigureKind.Count);
        figure.Hedge.ShouldBe(Hedge.Vague);
        figure.Text.ShouldBe(figureText);
        figure.Interval.ToString().ShouldBe(interval);
    }

    [Theory]
    [InlineData("They were set for a third round of talks.", "third", 3)]
    [InlineData("It was the 4th round of negotiations.", "4th", 4)]
    [InlineData("It was the twenty-first round.", "twenty-first", 21)]
    [InlineData("This is the 21st meeting.", "21st", 21)]
    public void Ordinals_are_read(string text, string figureText, double value)
    {
        var figure = Single(text);
        figure.Kind.ShouldBe(FigureKind.Ordinal);
        figure.Text.ShouldBe(figureText);
        figure.Interval.ShouldBe(Interval.Exactly(value));
    }

    [Theory]
    [InlineData("Prices rose 40%.", "40%", "%", FigureKind.Percentage, "[40, 40]")]
    [InlineData("Prices rose 40 percent.", "40 percent", "%", FigureKind.Percentage, "[40, 40]")]
    [InlineData("Prices rose 12 per cent.", "12 per cent", "%", FigureKind.Percentage, "[12, 12]")]
    [InlineData("It costs $5 million.", "$5 million", "USD", FigureKind.Money, "[4500000, 5500000)")]
    [InlineData("It costs €3bn.", "€3bn", "EUR", FigureKind.Money, "[2500000000, 3500000000)")]
    [InlineData("It costs £12.5m.", "£12.5m", "GBP", FigureKind.Money, "[12450000, 12550000)")]
    // A round number before its scale is as round as it is alone: "400 million" is no more exact than "400".
    [InlineData("It costs $400 million.", "$400 million", "USD", FigureKind.Money, "[380000000, 420000000)")]
    [InlineData("It costs $391 million.", "$391 million", "USD", FigureKind.Money, "[390500000, 391500000)")]
    [InlineData("It costs 200 euros.", "200 euros", "EUR", FigureKind.Money, "[190, 210)")]
    [InlineData("It costs 5,000 rubles.", "5,000 rubles", "RUB", FigureKind.Money, "[4750, 5250)")]
    // Letters against the dollar sign say whose dollar.
    [InlineData("It costs S$4,500.", "$4,500", "SGD", FigureKind.Money, "[4450, 4550)")]
    [InlineData("It costs A$3 million.", "$3 million", "AUD", FigureKind.Money, "[2500000, 3500000)")]
    [InlineData("It costs US$3 million.", "$3 million", "USD", FigureKind.Money, "[2500000, 3500000)")]
    public void Percentages_and_money_carry_their_unit(string text, string figureText, string unit, FigureKind kind, string interval)
    {
        var figure = Single(text);
        figure.Kind.ShouldBe(kind);
        figure.Text.ShouldBe(figureText);
        figure.Unit.ShouldBe(unit);
        figure.Interval.ToString().ShouldBe(interval);
    }

    [Theory]
    [InlineData("They were 15 kilometers away.", "15 kilometers", "km", "[14.5, 15.5)")]
    [InlineData("They were 15 kilometres away.", "15 kilometres", "km", "[14.5, 15.5)")]
    [InlineData("They were 15km away.", "15km", "km", "[14.5, 15.5)")]
    [InlineData("They were 9 miles away.", "9 miles", "mi", "[8.5, 9.5)")]
    [InlineData("It weighs 100 kg.", "100 kg", "kg", "[95, 105)")]
    [InlineData("It weighs 220 pounds.", "220 pounds", "lb", "[215, 225)")]
    [InlineData("It weighs 12 lb.", "12 lb", "lb", "[11.5, 12.5)")]
    [InlineData("It was 30C outside.", "30C", "C", "[29.5, 30.5)")]
    [InlineData("It was 86F outside.", "86F", "F", "[85.5, 86.5)")]
    [InlineData("It was 30 degrees Celsius.", "30 degrees Celsius", "C", "[29.5, 30.5)")]
    [InlineData("It was 30°C.", "30°C", "C", "[29.5, 30.5)")]
    [InlineData("The wall is 12 feet high.", "12 feet", "ft", "[11.5, 12.5)")]
    [InlineData("The wall is 4 meters high.", "4 meters", "m", "[3.5, 4.5)")]
    [InlineData("The fire burned 500 hectares.", "500 hectares", "ha", "[475, 525)")]
    [InlineData("The fire burned 1,200 acres.", "1,200 acres", "acre", "[1150, 1250)")]
    [InlineData("They drove at 80 mph.", "80 mph", "mph", "[79.5, 80.5)")]
    [InlineData("The ferry sailed 40 nautical miles.", "40 nautical miles", "nmi", "[39.5, 40.5)")]
    [InlineData("The probe flew 998 horizontal miles.", "998 horizontal miles", "mi", "[997.5, 998.5)")]
    [InlineData("The depot holds 40 linear feet of shelving.", "40 linear feet", "ft", "[39.5, 40.5)")]
    public void Units_are_read(string text, string figureText, string unit, string interval)
    {
        var figure = Single(text);
        figure.Kind.ShouldBe(FigureKind.Measure);
        figure.Text.ShouldBe(figureText);
        figure.Unit.ShouldBe(unit);
        figure.Interval.ToString().ShouldBe(interval);
    }

    [Theory]
    [InlineData("It began on February 24.", "February 24", FigureKind.Date)]
    [InlineData("It began on February 24, 2022.", "February 24, 2022", FigureKind.Date)]
    [InlineData("It began on 24 February.", "24 February", FigureKind.Date)]
    [InlineData("It began on Feb. 24 at dawn.", "Feb. 24", FigureKind.Date)]
    [InlineData("The talks resume on Tuesday 15 at noon.", "15", FigureKind.Date)]
    [InlineData("It began on 2022-03-14.", "2022-03-14", FigureKind.Date)]
    [InlineData("It began on 14/03/2022.", "14/03/2022", FigureKind.Date)]
    [InlineData("It began in 2022.", "2022", FigureKind.Year)]
    [InlineData("It began in the 1990s.", "1990s", FigureKind.Year)]
    [InlineData("The talks began at 08:20.", "08:20", FigureKind.Time)]
    [InlineData("The talks began at 0820 GMT.", "0820 GMT", FigureKind.Time)]
    [InlineData("The talks began at 8 a.m. today.", "8 a.m.", FigureKind.Time)]
    [InlineData("The talks began at 8pm.", "8pm", FigureKind.Time)]
    [InlineData("The talks began at 10:15 p.m. today.", "10:15 p.m.", FigureKind.Time)]
    [InlineData("The talks began at 14:00 GMT.", "14:00 GMT", FigureKind.Time)]
    [InlineData("A 33-year-old refugee spoke.", "33-year-old", FigureKind.Age)]
    [InlineData("A refugee aged 33 spoke.", "33", FigureKind.Age)]
    [InlineData("She is 40 years old.", "40 years old", FigureKind.Age)]
    [InlineData("The filmmaker Brent Renaud, 51, was killed.", "51", FigureKind.Age)]
    [InlineData("A five-year-old boy fell.", "five-year-old", FigureKind.Age)]
    [InlineData("The worst since World War 2 began.", "2", FigureKind.Name)]
    [InlineData("The worst since the Second World War.", "Second", FigureKind.Name)]
    [InlineData("They flew a Boeing 737 there.", "737", FigureKind.Name)]
    [InlineData("They joined the 4th Brigade.", "4th", FigureKind.Name)]
    [InlineData("The city was shelled 24/7 for a week.", "24/7", FigureKind.Name)]
    [InlineData("It was the worst attack since 9/11 in the city.", "9/11", FigureKind.Name)]
    [InlineData("It hit a nine-story apartment building.", "nine-story", FigureKind.Modifier)]
    [InlineData("It hit a four-storey residential building.", "four-storey", FigureKind.Modifier)]
    [InlineData("He began a five-day visit.", "five-day", FigureKind.Modifier)]
    [InlineData("It was a 15-kilometer convoy.", "15", FigureKind.Modifier)]
    public void Non_counts_are_recognised_for_what_they_are(string text, string figureText, FigureKind kind)
    {
        var figure = Single(text);
        figure.Kind.ShouldBe(kind);
        figure.Text.ShouldBe(figureText);
        figure.IsQuantity.ShouldBeFalse();
    }

    [Fact]
    public void An_age_written_in_words_has_the_value_of_its_number()
    {
        Single("The twenty-five-year-old spoke.").ShouldSatisfyAllConditions(f => f.Kind.ShouldBe(FigureKind.Age), f => f.Value.ShouldBe(25));
        Single("They began a five-year-long project.").Kind.ShouldBe(FigureKind.Modifier);
    }

    [Theory]
    [InlineData("It was the 15th North Korean missile test this year.", "15th")]
    [InlineData("It was the 3rd Republican debate of the race.", "3rd")]
    public void An_ordinal_before_an_adjective_of_a_people_and_a_noun_counts_the_noun(string text, string figureText) =>
        Single(text).ShouldSatisfyAllConditions(f => f.Kind.ShouldBe(FigureKind.Ordinal), f => f.Text.ShouldBe(figureText));

    [Fact]
    public void An_ordinal_before_a_name_that_a_noun_follows_is_still_part_of_the_name() =>
        Single("The 4th Armoured Brigade commander spoke.").Kind.ShouldBe(FigureKind.Name);

    [Theory]
    [InlineData("Biden warned that it would be World War III.")]
    [InlineData("One of them died.")]
    [InlineData("One day they will return.")]
    [InlineData("The Kremlin has denied it.")]
    public void Words_that_are_no_figures_are_skipped(string text) => Extract(text).ShouldBeEmpty();

    [Theory]
    [InlineData("The team won 3-1 on Sunday.", "3-1", "[1, 3]")]
    [InlineData("The motion passed by a vote of 134 to 63.", "134 to 63", "[63, 134]")]
    [InlineData("The motion passed in a 134-to-63 vote.", "134-to-63", "[63, 134]")]
    public void A_score_or_a_vote_is_a_tally_and_no_range(string text, string figureText, string interval) =>
        Single(text).ToString().ShouldBe($"Tally '{figureText}' {interval}");

    [Fact]
    public void A_conversion_gives_two_measures()
    {
        var figures = Extract("Russian troops were still about 15 kilometers (9 miles) from central Kyiv.");
        figures.Select(f => f.ToString()).ShouldBe(["Measure 'about 15 kilometers' [12.25, 17.75] km", "Measure '9 miles' [8.5, 9.5) mi"]);
    }

    [Fact]
    public void Seed_figures_are_read_with_their_spans()
    {
        var article = Seeds.Parse("ap/003.txt");
        var figures = FigureExtractor.Extract(article, FigureLexicon.Of(Profiles.ProfileSet.BuiltIn.Default));
        figures.Select(f => $"{article.GetLocation(f.Span).LineSpan} {f}").ShouldBe(
        [
            "(1,39,1,42) Count 'two' [2, 2]",
            "(7,24,7,27) Count '160' [155, 165)",
            "(9,60,9,66) Ordinal 'fourth' [4, 4]",
            "(9,132,9,137) Ordinal 'first' [1, 1]",
            "(19,249,19,268) Measure 'about 15 kilometers' [12.25, 17.75] km",
            "(19,270,19,277) Measure '9 miles' [8.5, 9.5) mi",
            "(21,47,21,60) Count 'more than 900' (855, inf)",
            "(25,28,25,31) Count 'two' [2, 2]",
            "(27,35,27,45) Modifier 'nine-story' [9, 9]",
            "(27,117,27,120) Count 'two' [2, 2]",
            "(29,117,29,120) Count 'one' [1, 1]",
            "(41,1,41,5) Count 'Nine' [9, 9]",
            "(43,81,43,92) Modifier 'four-storey' [4, 4]",
            "(47,85,47,92) Count '430,000' [425000, 435000)",
            "(63,27,63,29) Count '20' [20, 20]",
            "(65,21,65,33) Count 'at least 596' [596, inf)",
            "(65,82,65,93) Date 'February 24' [24, 24]",
            "(65,150,65,158) Count 'Millions' [2000000, 2000000000)",
            "(65,192,65,213) Count 'more than 2.8 million' (2750000, inf)",
            "(67,119,67,130) Age '33-year-old' [33, 33]",
            "(75,1,75,4) Count 'Two' [2, 2]",
            "(75,295,75,301) Ordinal 'fourth' [4, 4]",
            "(83,19,83,21) Count '35' [35, 35]",
        ]);
    }

    [Theory]
    [InlineData("approximately", Hedge.About)]
    [InlineData("roughly", Hedge.About)]
    [InlineData("around", Hedge.About)]
    [InlineData("an estimated", Hedge.About)]
    [InlineData("just under", Hedge.Nearly)]
    [InlineData("close to", Hedge.Nearly)]
    [InlineData("upwards of", Hedge.MoreThan)]
    [InlineData("in excess of", Hedge.MoreThan)]
    [InlineData("at most", Hedge.UpTo)]
    [InlineData("no more than", Hedge.UpTo)]
    [InlineData("no less than", Hedge.AtLeast)]
    [InlineData("under", Hedge.FewerThan)]
    public void Every_hedge_word_is_read(string hedge, Hedge expected)
    {
        var figure = Single($"Officials said {hedge} 40 people were hurt.");
        figure.Hedge.ShouldBe(expected);
        figure.Text.ShouldBe(hedge + " 40");
    }

    [Theory]
    [InlineData("The tank holds 40 liters.", "l")]
    [InlineData("The tank holds 40 litres.", "l")]
    [InlineData("The tank holds 10 gallons.", "gal")]
    [InlineData("The wind reached 120 km/h.", "km/h")]
    [InlineData("The island covers 12 square miles.", "sq mi")]
    [InlineData("The island covers 30 sq km.", "km2")]
    [InlineData("The package weighs 3 ounces.", "oz")]
    [InlineData("The crater is 40 yards wide.", "yd")]
    [InlineData("The bomb weighed 2 tonnes.", "t")]
    public void Other_units_are_read(string text, string unit)
    {
        var figure = Single(text);
        figure.Kind.ShouldBe(FigureKind.Measure);
        figure.Unit.ShouldBe(unit);
    }

    [Theory]
    [InlineData("Officials said 40\u00A0000 troops had crossed.", "40\u00A0000", 40_000)]
    [InlineData("Officials said 40\u202F500 troops had crossed.", "40\u202F500", 40_500)]
    [InlineData("Officials said 40 000 troops had crossed.", "40 000", 40_000)]
    [InlineData("Officials said 1 000 000 troops had crossed.", "1 000 000", 1_000_000)]
    [InlineData("Officials said 12, 000 troops had crossed.", "12, 000", 12_000)]
    [InlineData("Officials said 40.000 troops had crossed.", "40.000", 40_000)]
    [InlineData("Officials said 1.250.000 troops had crossed.", "1.250.000", 1_250_000)]
    public void Groups_of_thousands_are_read_however_they_are_set_apart(string text, string figureText, double value)
    {
        var figure = Single(text);
        figure.Kind.ShouldBe(FigureKind.Count);
        figure.Text.ShouldBe(figureText);
        figure.Value.ShouldBe(value);
    }

    [Fact]
    public void Three_digits_after_a_plain_space_or_a_comma_are_a_number_of_their_own_unless_they_start_with_a_nought()
    {
        Extract("On March 12, 200 people marched and 5 100-metre races were run.").Select(f => (f.Kind, f.Text))
            .ShouldBe([(FigureKind.Date, "March 12"), (FigureKind.Count, "200"), (FigureKind.Count, "5"), (FigureKind.Modifier, "100")]);
        Extract("The rate was 2.125 percent in 2019 000 accounts.").Select(f => (f.Kind, f.Text, f.Value))
            .ShouldBe([(FigureKind.Percentage, "2.125 percent", 2.125), (FigureKind.Year, "2019", 2019)]);
    }

    [Theory]
    [InlineData("They found an 80m-deep well.", FigureKind.Measure, "m", 80)]
    [InlineData("They found a 5m high wall.", FigureKind.Measure, "m", 5)]
    [InlineData("They found a 10km-long trench.", FigureKind.Measure, "km", 10)]
    [InlineData("They made £80m-deep cuts.", FigureKind.Money, "GBP", 80_000_000)]
    [InlineData("They fed 80m people.", FigureKind.Count, null, 80_000_000)]
    public void An_m_against_a_number_is_a_metre_before_a_dimension_and_a_million_elsewhere(string text, FigureKind kind, string? unit, double value)
    {
        var figure = Single(text);
        figure.Kind.ShouldBe(kind);
        figure.Unit.ShouldBe(unit);
        figure.Value.ShouldBe(value);
    }

    [Theory]
    [InlineData("The probe rose 3,700 vertical km.")]
    [InlineData("The probe flew 500 additional km.")]
    [InlineData("The probe flew 20 horizontal kilograms.")]
    public void A_word_between_a_number_and_its_unit_makes_no_measure_unless_it_says_no_more_than_a_unit_of_length(string text) =>
        Single(text).Kind.ShouldNotBe(FigureKind.Measure);

    [Fact]
    public void Units_convert_through_their_base()
    {
        Units.TryGet("miles", out var mile).ShouldBeTrue();
        Units.TryGet("km", out var kilometer).ShouldBeTrue();
        kilometer.FromBase(mile.ToBase(9)).ShouldBe(14.484, 0.001);
        Units.TryGet("F", out var fahrenheit).ShouldBeTrue();
        fahrenheit.ToBase(86).ShouldBe(30, 0.0001);
    }
}
