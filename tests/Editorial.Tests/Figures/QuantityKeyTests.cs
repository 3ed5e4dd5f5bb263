using Editorial.Articles;
using Editorial.Figures;

namespace Editorial.Tests.Figures;

public class QuantityKeyTests
{
    private static IReadOnlyList<CountedFigure> Counted(string text) => ArticleFigures.Analyze(Article.Parse("test.txt", text)).Counted;

    private static CountedFigure Seed(string file, string phrase) =>
        ArticleFigures.Analyze(Seeds.Parse(file)).Counted.Single(c => c.PhraseText == phrase);

    [Fact]
    public void Seed_keys_name_what_is_counted_the_event_and_the_source()
    {
        var article = Seeds.Parse("agency-a/000.txt");
        ArticleFigures.Analyze(article).Counted.Select(c => c.ToString()).ShouldBe(
        [
            "'at least 35 people' [35, inf) people killed places[] sites[base] days[sunday] names[] source: Ukrainian officials",
            "'more than 130 wounded' (125, inf) people wounded places[] sites[base] days[sunday] names[] source: Ukrainian officials",
            "'up to 180 foreign fighters' [0, 185] foreign fighters killed places[] sites[base] days[sunday] names[] source: Russia's defence ministry",
        ]);
    }

    [Fact]
    public void The_rounds_of_talks_are_one_quantity_and_conflict()
    {
        var third = Seed("afp/004.txt", "third round of talks");
        var fourth = Seed("ap/003.txt", "fourth round");
        third.Key.Description.ShouldBe("round of talks");
        fourth.Key.Description.ShouldBe("round of talks");
        FigureComparison.SameQuantity(third, fourth).ShouldBeTrue();
        FigureComparison.Conflict(third, fourth).ShouldBeTrue();
    }

    [Fact]
    public void The_round_of_EU_sanctions_is_not_a_round_of_talks()
    {
        var sanctions = Seed("ap/003.txt", "fourth round of EU sanctions");
        sanctions.Key.Description.ShouldBe("round of sanctions");
        FigureComparison.SameQuantity(sanctions, Seed("afp/004.txt", "third round of talks")).ShouldBeFalse();
    }

    [Fact]
    public void Mariupol_tolls_can_both_be_true()
    {
        var nearly = Seed("afp/004.txt", "nearly 2,200 people");
        var total = Seed("aljazeera/002.txt", "2,187 residents");
        nearly.Key.Counted.ShouldBe("people");
        total.Key.Counted.ShouldBe("people");
        nearly.Key.Event.ShouldBe("killed");
        total.Key.Event.ShouldBe("killed");
        FigureComparison.Contradict(nearly, total).ShouldBeFalse();
    }

    [Fact]
    public void At_least_35_and_35_can_both_be_true()
    {
        var atLeast = Seed("afp/004.txt", "at least 35 people");
        var exactly = Seed("ap/003.txt", "35 people");
        FigureComparison.Conflict(atLeast, exactly).ShouldBeFalse();
        FigureComparison.Contradict(atLeast, exactly).ShouldBeFalse();
    }

    [Fact]
    public void People_killed_and_foreign_fighters_killed_are_different_quantities()
    {
        FigureComparison.SameQuantity(Seed("agency-a/000.txt", "at least 35 people"), Seed("agency-a/000.txt", "up to 180 foreign fighters")).ShouldBeFalse();
    }

    [Fact]
    public void The_aircraft_factory_and_Antopol_are_different_occasions()
    {
        var factory = Seed("ap/003.txt", "two people");
        var antopol = Seed("ap/003.txt", "Nine people");
        var checkpoint = Seed("ap/003.txt", "one person");
        FigureComparison.SameQuantity(factory, antopol).ShouldBeFalse();
        FigureComparison.SameQuantity(factory, checkpoint).ShouldBeFalse();
        FigureComparison.SameQuantity(antopol, checkpoint).ShouldBeFalse();
    }

    [Fact]
    public void Two_other_people_are_not_keyed()
    {
        ArticleFigures.Analyze(Seeds.Parse("ap/003.txt")).Counted.ShouldNotContain(c => c.Figure.Span.Start == Seeds.Text("ap/003.txt").IndexOf("two other", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("A total of 2,187 residents have now died in Mariupol.", "people killed")]
    [InlineData("At least 596 civilian deaths were recorded in Mariupol.", "civilians killed")]
    [InlineData("The attack killed 35 people in Kabul.", "people killed")]
    [InlineData("More than 130 wounded in Lviv.", "people wounded")]
    [InlineData("Forces had launched more than 900 missiles at Kyiv.", "missiles launched")]
    [InlineData("Rockets killed 12 troops in Donetsk.", "soldiers killed")]
    [InlineData("Rockets killed 12 service members in Halden.", "soldiers killed")]
    [InlineData("The blaze injured 7 firemen in Halden.", "firefighters wounded")]
    [InlineData("Falling rubble injured 5 rescue workers in Halden.", "rescuers wounded")]
    [InlineData("Police arrested 40 demonstrators in Halden.", "protesters arrested")]
    [InlineData("Guards freed 30 inmates in Halden.", "prisoners released")]
    [InlineData("Border agents apprehended 300 people in Halden.", "people arrested")]
    [InlineData("Police arrested 40 people in Moscow.", "people arrested")]
    [InlineData("The fourth round of negotiations began in Istanbul.", "round of talks")]
    [InlineData("The second round of peace talks began in Istanbul.", "round of talks")]
    public void Synonyms_are_folded(string text, string description) =>
        Counted(text).ShouldHaveSingleItem().Key.Description.ShouldBe(description);

    [Fact]
    public void The_others_after_a_noun_of_two_words_are_of_its_group() =>
        Counted("Falling rubble killed 3 rescue workers and injured 12 others in Halden.").Select(c => c.Key.Description)
            .ShouldBe(["rescuers killed", "rescuers wounded"]);

    [Theory]
    [InlineData("Artillery hit a building in Kyiv, killing two other people.")]
    [InlineData("Three more soldiers died in Kyiv.")]
    [InlineData("Police found 35 of them in Kyiv.")]
    [InlineData("A convoy of 160 civilian cars left Mariupol.")]
    [InlineData("The city of 430,000 people is under siege.")]
    [InlineData("He was the first foreign reporter to die.")]
    [InlineData("Two administration officials said China was willing.")]
    [InlineData("The first round went well.")]
    [InlineData("The occupiers launched more than 80 missile and air strikes on Ukraine.")]
    public void Figures_whose_key_is_unsure_are_not_keyed(string text) => Counted(text).ShouldBeEmpty();

    [Theory]
    [InlineData("Ukrainian officials said at least 35 people were killed in Kyiv.", "Ukrainian officials")]
    [InlineData("The attack killed 35 people in Kyiv, Ukrainian officials said.", "Ukrainian officials")]
    [InlineData("Nearly 2,200 people have been killed in Mariupol, according to local officials.", "local officials")]
    [InlineData("Russia's defence ministry said up to 180 foreign fighters were killed in Yavoriv.", "Russia's defence ministry")]
    [InlineData("The strikes killed 30 civilians in Kunduz, the United Nations said.", "United Nations")]
    [InlineData("On Sunday the Health Ministry said 35 people were killed in Kyiv.", "Health Ministry")]
    [InlineData("He said 35 people were killed in Kyiv.", null)]
    [InlineData("The attack killed 35 people in Kyiv.", null)]
    [InlineData("Officials in the capital have so far announced that 8 people have been killed in Kyiv.", "officials in capital")]
    [InlineData("Kyiv was hit, with at least eight people confirmed to have been killed and more than 20 injured.", null)]
    public void Sources_are_read_from_the_sentence(string text, string? source) =>
        Counted(text).ShouldHaveSingleItem().Source.ShouldBe(source);

    [Fact]
    public void A_clause_without_a_place_takes_the_places_of_the_sentence_before()
    {
        var figure = Counted("Russian air raids hit a training ground near Yavoriv on Sunday. Officials said 35 people were killed.").ShouldHaveSingleItem();
        figure.Key.Places.ShouldBe(["yavoriv"]);
        figure.Key.Sites.ShouldBe(["base"]);
        figure.Key.Days.ShouldBe(["sunday"]);
    }

    [Fact]
    public void Anchors_come_from_the_figure_s_own_clause()
    {
        var figures = Counted("Officials say two people have died after Russian forces struck an aircraft factory, and another person was killed " +
                              "when a residential building was fired upon.\n\nOne person died and three were injured when the residential building was hit, authorities said.");
        // "three were injured": a number with no noun that was injured counts people.
        figures.Select(f => f.PhraseText + " " + string.Join(",", f.Key.Sites)).ShouldBe(["two people factory", "One person building", "three building"]);
    }

    [Theory]
    [InlineData("Ukraine Says 9 Killed, 57 Wounded in Russian Air Strike on Military Base", "9 Killed", "people killed")]
    [InlineData("2,187 Mariupol residents were killed by Russian attacks.", "2,187 Mariupol residents", "people killed")]
    [InlineData("The council said that 2,187 city residents had been killed in Mariupol.", "2,187 city residents", "people killed")]
    public void Headlines_and_place_qualifiers_are_read(string text, string phrase, string description)
    {
        var figure = Counted(text).First();
        figure.PhraseText.ShouldBe(phrase);
        figure.Key.Description.ShouldBe(description);
    }

    [Fact]
    public void A_place_before_the_counted_noun_is_a_place()
    {
        Counted("2,187 Mariupol residents were killed by Russian attacks.").ShouldHaveSingleItem().Key.Places.ShouldBe(["mariupol"]);
    }

    [Fact]
    public void Adjectives_of_nationality_are_no_places()
    {
        Counted("At least 35 people were killed in a Russian air strike near the Polish border.").ShouldHaveSingleItem().Key.Places.ShouldBeEmpty();
    }

    [Fact]
    public void A_count_whose_noun_is_understood_takes_the_noun_of_the_count_before()
    {
        Counted("Russian air strikes killed at least 35 people and wounded more than 130 near Yavoriv.")
            .Select(c => c.PhraseText + ": " + c.Key.Description).ShouldBe(["at least 35 people: people killed", "more than 130: people wounded"]);
    }

    [Theory]
    [InlineData("The death toll in the strike on the base near Yavoriv has risen to 35.", "35")]
    [InlineData("The death toll of 35 could rise to 50.", "35")]
    [InlineData("The death toll reached at least 70 on Tuesday.", "at least 70")]
    public void The_first_number_after_death_toll_counts_the_dead(string text, string phrase)
    {
        var figure = Counted(text).ShouldHaveSingleItem();
        figure.PhraseText.ShouldBe(phrase);
        figure.Key.Description.ShouldBe("people killed");
    }

    [Fact]
    public void A_value_in_a_run_of_labels_is_not_counted_by_the_label_after_it()
    {
        Counted("HALDEN: Total dead: 14 Visitors: 3 Injured: 260 Treated: 210").ShouldBeEmpty();
        // A label of a few capitalised words after the value ("Funding Secured:") is the next value's, not this one's noun.
        Counted("SENATOR ANNOUNCES FARM FUNDING\n  Sen. Ann Roe today announced funding levels in the farm bill, and worked to secure "
                + "this funding.\n   Harbour Lab \n   Presidential Request: $0 Funding Secured: $3,984 \n").ShouldBeEmpty();
        // A value after a colon whose next word is no label keeps its noun.
        Counted("The toll rose: 12 injured people were taken to Halden.").ShouldHaveSingleItem().Key.Description.ShouldBe("people wounded");
    }
}
