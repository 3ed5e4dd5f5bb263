using Editorial.Articles;
using Editorial.Attribution;

namespace Editorial.Tests.Attribution;

/// <summary>How reporters attribute quotations, one form per case, in sentences written for these tests.</summary>
public class ReportingFormsTests
{
    private static (AttributionKind Kind, string? Cue, string? Speaker) Find(string text, string quotationStart)
    {
        var article = Article.Parse("a.txt", text);
        var attribution = AttributionTestKit.Analyze(article).Quotations
            .First(q => article.GetText(q.Quotation.ContentSpan).StartsWith(quotationStart, StringComparison.Ordinal));
        return (attribution.Kind, attribution.Cue is { } cue ? article.GetText(cue) : null,
            attribution.Speaker is { } speaker ? article.GetText(speaker) : null);
    }

    [Theory]
    [InlineData("Councillor Ines Brandt thanked the volunteers for “keeping the pool open through a freezing winter”.", "Councillor Ines Brandt")]
    [InlineData("She pinned the blame on the landlord for “letting the flats rot while the rents went up every spring”.", "She")]
    [InlineData("Fire Chief Tomas Berg, for his part, is labelling the plan “a recipe for slower ambulances in every village”.", "Fire Chief Tomas Berg")]
    public void A_quotation_woven_into_a_sentence_whose_subject_is_someone_is_theirs(string text, string subject)
    {
        Find(text, text.Substring(text.IndexOf('“') + 1, 10)).ShouldBe((AttributionKind.Woven, null, subject));
        AttributionTestKit.Check("a.txt", text).ShouldBeEmpty();
    }

    [Fact]
    public void A_quotation_woven_into_a_sentence_with_no_one_in_it_is_still_reported()
    {
        AttributionTestKit.Check("a.txt", "Rain fell all week.\n\nThe mood at the depot was “nobody knows when the trains will run again”.\n")
            .ShouldBe(["ED3001 (3,27): Quotation “nobody knows when the trains will …” has no attribution: say who said it"]);
    }

    [Fact]
    public void A_paragraph_opening_with_a_quotation_continues_the_speaker_named_at_the_end_of_the_paragraph_before()
    {
        const string cue = "Marta Illes, a nurse from the valley, said she would vote for the first time.\n\n“Nobody ever asked us what the clinic needs.”\n";
        Find(cue, "Nobody ever").ShouldBe((AttributionKind.PreviousParagraph, "said", "Marta Illes"));
        const string colon = "The statement from the port authority read:\n\n“All berths will close at noon until the storm has passed.”\n";
        Find(colon, "All berths").Kind.ShouldBe(AttributionKind.PreviousParagraph);
        // A reporting phrase with nobody speaking carries nothing.
        AttributionTestKit.Check("a.txt", "The talks went on.\n\n“The harbour will be dredged before the summer season begins.”\n")
            .ShouldBe(["ED3001 (3,1): Quotation “The harbour will be dredged before …” has no attribution: say who said it"]);
    }

    [Theory]
    [InlineData("“The bridge will reopen before the winter storms arrive,” the mayor assured residents.", "assured", "the mayor")]
    [InlineData("“Nobody on this crew has ever missed a shift,” the foreman insisted.", "insisted", "the foreman")]
    [InlineData("“We planted every one of these trees by hand,” Ana Ortiz wrote in a letter to the council.", "wrote", "Ana Ortiz")]
    [InlineData("“The ferry is cancelled again this morning,” the harbour office tweeted.", "tweeted", "the harbour office")]
    [InlineData("“Our library will stay open late during exams,” the dean posted on the school forum.", "posted", "the dean")]
    [InlineData("Prices had risen, or, as the baker put it, “bread now costs more than the butter on it”.", "put", "the baker")]
    [InlineData("“Who will pay for the new roof on the school?” the principal wondered aloud.", "wondered", "the principal")]
    [InlineData("“And the parking is still a nightmare for everyone,” a neighbour chimed in.", "chimed", "a neighbour")]
    [InlineData("The email began, “Dear residents, the water will be off on Friday.”", "began", "The email")]
    [InlineData("The coach called it “the worst refereeing I have seen in twenty years”.", "called", "The coach")]
    [InlineData("The auditor described it as “a ledger that nobody ever bothered to balance”.", "described", "The auditor")]
    [InlineData("The minister was quoted as saying “the subsidy will not survive the next budget”.", "quoted as saying", "The minister")]
    [InlineData("The funds ran out in March, “well before the harvest was even in”, according to the cooperative.", "according to", "the cooperative")]
    [InlineData("Lena Park, who has run the shelter for a decade, said: “We have never turned a dog away.”", "said", "Lena Park")]
    [InlineData("“And the second bridge will wait another year,” the mayor continued.", "continued", "the mayor")]
    [InlineData("“Give the money back to the parents,” the treasurer demands.", "demands", "the treasurer")]
    [InlineData("“The buses will be late until spring,” the driver surmised.", "surmised", "the driver")]
    public void A_speaker_in_the_same_sentence_with_any_reporting_verb_or_phrase(string text, string cue, string speaker)
    {
        var kind = Find(text, "").Kind;
        kind.ShouldBeOneOf(AttributionKind.SameSentence, AttributionKind.Colon);
        Find(text, "").ShouldBe((kind, cue, speaker));
        AttributionTestKit.Check("a.txt", text + "\n").ShouldBeEmpty();
    }

    [Fact]
    public void The_continuation_after_a_split_quotation_and_a_pronoun_in_the_next_sentence_attribute()
    {
        const string split = "“The river rose overnight,” she said. “By morning the cellar was full of water and mud.”";
        Find(split, "By morning").ShouldBe((AttributionKind.SplitQuote, "said", "she"));
        const string pronoun = "Tomas Berg has farmed the valley since 1990. He looked at the flattened barley. “Three months of work, gone in an hour.”";
        Find(pronoun, "Three months").ShouldBe((AttributionKind.PersonNearby, null, "He"));
        const string name = "Maria Lindqvist pointed at the cracked wall. “The landlord has known about this for two years.”";
        Find(name, "The landlord").ShouldBe((AttributionKind.PersonNearby, null, "Maria Lindqvist"));
        AttributionTestKit.Check("a.txt", split + "\n\n" + pronoun + "\n\n" + name + "\n").ShouldBeEmpty();
    }

    [Fact]
    public void A_place_or_a_clause_in_the_next_sentence_is_no_speaker()
    {
        AttributionTestKit.Check("a.txt", "Dunmore was quiet on Sunday. “The landlord has known about this for two years.”\n")
            .ShouldBe(["ED3001 (1,30): Quotation “The landlord has known about this …” has no attribution: say who said it"]);
    }

    [Fact]
    public void Colon_introductions()
    {
        Find("He said: “The market will move to the car park in June.”", "The market").ShouldBe((AttributionKind.Colon, "said", "He"));
        Find("Ines Moreau: “The market will move to the car park in June.”", "The market").ShouldBe((AttributionKind.Colon, null, "Ines Moreau"));
        Find("Moreau on the market: “It will move to the car park in June.”", "It will").ShouldBe((AttributionKind.Colon, null, "Moreau on the market"));
        Find("She was blunt: “The market will move to the car park in June.”", "The market").ShouldBe((AttributionKind.Colon, null, "She"));
        Find("“Harbour fees to rise,” by Gazette's Ana Ruiz: “The port will charge more from May.”", "The port")
            .ShouldBe((AttributionKind.Colon, null, "by Gazette's Ana Ruiz"));
    }

    [Fact]
    public void Interview_turns_and_transcripts()
    {
        const string text = "Q: Did you expect the vote to be this close?\n\n" +
                            "A: No. The slogan on every poster was “nobody votes in the rain, nobody at all” and it was wrong.\n\n" +
                            "KOVACS: The rule here is “the count will take all night, so bring coffee” and it did.\n";
        Find(text, "nobody votes").ShouldBe((AttributionKind.Turn, null, "A"));
        Find(text, "the count").ShouldBe((AttributionKind.Turn, null, "KOVACS"));
        AttributionTestKit.Check("a.txt", text).ShouldBeEmpty();
    }

    [Fact]
    public void A_speech_excerpt_with_its_source_line_in_brackets()
    {
        const string text = "“We will build the tramline whether the ring road opens or not.”\n\n[Mayor Helga Stein, budget address, 3 May]\n";
        Find(text, "We will build").ShouldBe((AttributionKind.SourceLine, null, "Mayor Helga Stein, budget address, 3 May"));
        Find("“Every ward gets a library before any ward gets a second one.” (Council minutes, item 4)", "Every ward")
            .ShouldBe((AttributionKind.SourceLine, null, "Council minutes, item 4"));
        Find("“A harbour without boats is only a puddle with a view.” – Ana Ruiz", "A harbour").ShouldBe((AttributionKind.SourceLine, null, "Ana Ruiz"));
        Find("“The ferry is late again, bring a book.” — @harbourmaster", "The ferry").ShouldBe((AttributionKind.SourceLine, null, "@harbourmaster"));
        AttributionTestKit.Check("a.txt", text).ShouldBeEmpty();
    }

    [Fact]
    public void A_quotation_over_paragraphs_and_one_merged_onto_a_line_are_one_quotation()
    {
        const string paragraphs = "The warden said: “We counted the geese at dawn.\n\n“Then we counted them again at dusk.\n\n“The numbers never matched.”\n";
        AttributionTestKit.Check("a.txt", paragraphs).ShouldBeEmpty();
        const string merged = "The warden said: “We counted the geese at dawn. “Then we counted them again at dusk. “The numbers never matched.”\n";
        var article = Article.Parse("a.txt", merged);
        article.Quotations.Select(q => (q.IsClosed, q.ContinuesPrevious)).ShouldBe([(false, false), (false, true), (true, true)]);
        Find(merged, "The numbers").ShouldBe((AttributionKind.ContinuedQuotation, "said", "The warden"));
        AttributionTestKit.Check("a.txt", merged).ShouldBeEmpty();
        AttributionTestKit.Check("a.txt", merged.Replace('“', '"').Replace('”', '"')).ShouldBeEmpty();
    }

    [Theory]
    [InlineData("Her second novel, “The Lighthouse Keeper's Daughter”, sold out in a week.")]
    [InlineData("Dwayne “The Anvil” Mensah won the bout in the third round.")]
    [InlineData("She now hosts “Late Night with Carla Diaz” on weekdays.")]
    [InlineData("The mayor toured the wards on a “We Can Do It” bus all week.")]
    [InlineData("“Ferry fares to double for every driver next year,” by the Gazette's Ana Ruiz, ran on page one.")]
    [InlineData("“Harbour fees to rise for every boat in the bay,” by Ana Ruiz, ran on the front page.")]
    [InlineData("The council's so-called “temporary measures for the period of the works” are now four years old.")]
    [InlineData("Locals know the bend simply as “the elbow” and slow down there.")]
    [InlineData("The landlord called the repairs “cosmetic” and left.")]
    [InlineData("Critics say the plan is “a bit rushed” for the town.")]
    public void Titles_nicknames_so_called_terms_and_woven_fragments_are_not_quotations(string text)
    {
        var article = Article.Parse("a.txt", text);
        article.Quotations.ShouldHaveSingleItem().IsTerm.ShouldBeTrue();
        AttributionTestKit.Check("a.txt", text + "\n").ShouldBeEmpty();
    }

    [Fact]
    public void A_short_quotation_that_stands_as_a_sentence_is_a_quotation()
    {
        var article = Article.Parse("a.txt", "The hall went quiet. “Not again.”");
        article.Quotations.ShouldHaveSingleItem().IsTerm.ShouldBeFalse();
    }

    [Fact]
    public void Markup_inch_foot_and_prime_marks_and_apostrophes_are_not_quotation_marks()
    {
        const string text = "<tweet tweet-id=\"48151623\" lang=\"en\">The ferry is late again.</tweet>\n\n" +
                            "The board is 12\" wide and the fence 6' 2\" tall; the pitch is 5′11″ and it's the fans' favourite.\n";
        var article = Article.Parse("a.txt", text);
        article.Quotations.ShouldBeEmpty();
        article.StrayClosingMarks.ShouldBeEmpty();
        AttributionTestKit.Check("a.txt", text).ShouldBeEmpty();
    }

    [Fact]
    public void Unattributed_quotations_are_reported_with_their_properties()
    {
        var engine = new Engine.EditorialEngine(Profiles.ProfileSet.BuiltIn, AttributionTestKit.Rules);
        var diagnostic = engine.Check([new Engine.ArticleInput("a.txt", "The vote was close.\n\n“We will count every ballot twice.”\n", AttributionTestKit.WithRulesOffByDefault())])
            .ShouldHaveSingleItem();
        AttributionTestKit.Describe(diagnostic).ShouldBe("ED3001 (3,1): Quotation “We will count every ballot twice.” has no attribution: say who said it");
        diagnostic.Properties.ShouldBe(new Dictionary<string, string> { ["attribution"] = "none", ["words"] = "6" });
    }
}
