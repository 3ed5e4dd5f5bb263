using Editorial.Articles;
using Editorial.Attribution;

namespace Editorial.Tests.Attribution;

public class QuotationAttributionTests
{
    private static (AttributionKind Kind, string? Cue, string? Speaker) Find(Article article, string quotationStart)
    {
        // The first quotation that starts so: ap/003.txt quotes "nothing short of a nightmare" twice.
        var attribution = AttributionTestKit.Analyze(article).Quotations
            .First(q => article.GetText(q.Quotation.ContentSpan).StartsWith(quotationStart, StringComparison.Ordinal));
        return (attribution.Kind, attribution.Cue is { } cue ? article.GetText(cue) : null,
            attribution.Speaker is { } speaker ? article.GetText(speaker) : null);
    }

    [Fact]
    public void Speaker_before_the_verb_in_the_same_sentence()
    {
        // agency-a/000.txt line 35: “…,” Kremlin spokesperson Dmitry Peskov said.
        Find(Seeds.Parse("agency-a/000.txt"), "The defence ministry")
            .ShouldBe((AttributionKind.SameSentence, "said", "Kremlin spokesperson Dmitry Peskov"));
    }

    [Fact]
    public void Speaker_after_the_verb_in_an_inverted_attribution()
    {
        // aljazeera/002.txt line 56: “…,” said Ukraine Defence Minister Oleksiy Reznikov.
        Find(Seeds.Parse("aljazeera/002.txt"), "The enemy is holding")
            .ShouldBe((AttributionKind.SameSentence, "said", "Ukraine Defence Minister Oleksiy Reznikov"));
    }

    [Fact]
    public void Appositive_between_speaker_and_verb_is_skipped()
    {
        // agency-b/001.txt line 13: Leonid Slutsky, a senior member of Russia’s negotiating team, told … “significant progress.”
        Find(Seeds.Parse("agency-b/001.txt"), "significant progress")
            .ShouldBe((AttributionKind.SameSentence, "told", "Leonid Slutsky"));
    }

    [Fact]
    public void Quotation_spanning_sentences_is_attributed_by_its_first_sentence()
    {
        // agency-a/000.txt line 17: He said the aim was “to do everything … presidents. A meeting that I am sure …”.
        Find(Seeds.Parse("agency-a/000.txt"), "to do everything").ShouldBe((AttributionKind.SameSentence, "said", "He"));
    }

    [Fact]
    public void Split_quotation_takes_the_attribution_of_the_sentence_before()
    {
        // ap/003.txt line 33: “The child became hysterical. … collapsed,” she said. “It was very, very scary.”
        var article = Seeds.Parse("ap/003.txt");
        Find(article, "The child became").ShouldBe((AttributionKind.SameSentence, "said", "she"));
        Find(article, "It was very").ShouldBe((AttributionKind.SplitQuote, "said", "she"));
    }

    [Fact]
    public void Colon_after_a_reporting_verb()
    {
        Find(Seeds.Parse("agency-a/000.txt"), "No.").ShouldBe((AttributionKind.Colon, "said", "Peskov"));
        Find(Seeds.Parse("agency-b/001.txt"), "The parties actively").ShouldBe((AttributionKind.Colon, "said", "Mr Podolyak"));
    }

    [Fact]
    public void Colon_after_a_name_with_no_verb()
    {
        var article = Article.Parse("a.txt", "Mykhailo Podolyak: “The parties actively express their specified positions.”");
        Find(article, "The parties").ShouldBe((AttributionKind.Colon, null, "Mykhailo Podolyak"));
    }

    [Fact]
    public void A_clause_before_a_colon_is_not_a_speaker()
    {
        AttributionTestKit.Check("a.txt", "The situation was dire: “The situation cannot, cannot go on like this.”\n")
            .ShouldBe(["ED3001 (1,25): Quotation “The situation cannot, cannot go on …” has no attribution: say who said it"]);
    }

    [Fact]
    public void A_speech_noun_with_its_owner_attributes()
    {
        Find(Article.Parse("a.txt", "His message to the West was clear: “If you do not close our sky, missiles will fall on you.”"), "If you")
            .ShouldBe((AttributionKind.Colon, "message", "His"));
        Find(Article.Parse("a.txt", "Her answer was short. “We stay. This is our land and we are not going anywhere.”"), "We stay")
            .ShouldBe((AttributionKind.SplitQuote, "answer", "Her"));
        Find(Article.Parse("a.txt", "The Kremlin’s statement ended: “The operation will be completed on time and in full.”"), "The operation")
            .ShouldBe((AttributionKind.Colon, "statement", "The Kremlin"));
        AttributionTestKit.Check("a.txt", "The statement was clear: “The operation will be completed on time and in full.”\n").Count.ShouldBe(1);
    }

    [Fact]
    public void According_to_names_the_speaker_after_it()
    {
        // ap/003.txt line 5: … that, according to the Red Cross, has created “nothing short of a nightmare” for civilians.
        Find(Seeds.Parse("ap/003.txt"), "nothing short of a nightmare")
            .ShouldBe((AttributionKind.SameSentence, "according to", "the Red Cross"));
    }

    [Fact]
    public void Quotation_opening_the_paragraph_after_an_attributed_quotation_carries_its_speaker()
    {
        // agency-a/000.txt lines 39-41: Peskov said: “No.” ¶ “Russia possesses its own independent potential …” – Agencies
        Find(Seeds.Parse("agency-a/000.txt"), "Russia possesses").ShouldBe((AttributionKind.PreviousParagraph, "said", "Peskov"));
    }

    [Fact]
    public void Quotation_running_over_paragraphs_is_attributed_in_any_of_them()
    {
        var article = Article.Parse("a.txt",
            "Peskov said: “Russia possesses its own independent potential to continue the operation.\n\n" +
            "“As we said, it is going according to plan and will be completed on time and in full.”\n");
        article.Quotations.Select(q => (q.IsClosed, q.ContinuesPrevious)).ShouldBe([(false, false), (true, true)]);
        Find(article, "As we said").ShouldBe((AttributionKind.ContinuedQuotation, "said", "Peskov"));
        AttributionTestKit.Check("a.txt", article.Text).ShouldBeEmpty();
    }

    [Fact]
    public void Attribution_at_the_end_of_a_running_quotation_reaches_back_to_its_start()
    {
        var text = "“Russia possesses its own independent potential to continue the operation.\n\n" +
                   "“It is going according to plan and will be completed on time and in full,” Peskov said.\n";
        Find(Article.Parse("a.txt", text), "Russia possesses").ShouldBe((AttributionKind.ContinuedQuotation, "said", "Peskov"));
    }

    [Fact]
    public void Every_quotation_of_the_seeds_is_attributed()
    {
        foreach (var seed in new[] { "agency-a/000.txt", "agency-b/001.txt", "aljazeera/002.txt", "ap/003.txt", "afp/004.txt" })
        {
            var article = Seeds.Parse(seed);
            AttributionTestKit.Analyze(article).Quotations.Where(q => !q.IsAttributed).Select(q => article.GetText(q.Quotation.ContentSpan)).ShouldBeEmpty(seed);
        }
    }

    [Fact]
    public void A_conjunction_before_the_verb_is_not_the_speaker()
    {
        // aljazeera/002.txt line 48: Beijing has declined to directly condemn Moscow’s invasion, and has repeatedly blamed NATO’s “eastward expansion” …
        Find(Seeds.Parse("aljazeera/002.txt"), "eastward expansion").ShouldBe((AttributionKind.SameSentence, "blamed", null));
    }

    [Fact]
    public void Short_terms_in_quotation_marks_are_not_orphans()
    {
        AttributionTestKit.Check("a.txt", "Beijing has repeatedly blamed NATO’s “eastward expansion” for worsening tensions.\n").ShouldBeEmpty();
    }

    [Fact]
    public void Titles_and_questions_are_not_orphans()
    {
        AttributionTestKit.Check("a.txt", "Her book, “The Russian Federation and the Future of Europe”, came out in May.\n").ShouldBeEmpty();
        AttributionTestKit.Check("a.txt", "“Where will we go now that our homes are gone?” she asked.\n").ShouldBeEmpty();
        AttributionTestKit.Check("a.txt", "Critics call the law a “blank check for censorship of independent media outlets.”\n").ShouldBeEmpty();
    }

    [Fact]
    public void Constructed_orphans_are_reported_with_line_column_and_message()
    {
        var text = "The talks went on.\n\n" +
                   "“Russia possesses its own independent potential to continue the operation.”\n\n" +
                   "Officials met in Rome. The mood was “we don’t know why he was hit” all day.\n";
        AttributionTestKit.Check("a.txt", text).ShouldBe(
        [
            "ED3001 (3,1): Quotation “Russia possesses its own independent potential …” has no attribution: say who said it",
            "ED3001 (5,37): Quotation “we don’t know why he was …” has no attribution: say who said it",
        ]);
    }

    [Fact]
    public void Straight_quotes_are_attributed_like_curly_ones()
    {
        // afp/004.txt line 8: "We see significant progress," Leonid Slutsky, a senior member of Russia's negotiating team, told …
        Find(Seeds.Parse("afp/004.txt"), "We see significant").ShouldBe((AttributionKind.SameSentence, "told", "Leonid Slutsky"));
        AttributionTestKit.Check("a.txt", "Talks stalled.\n\n\"We see no significant progress at all today.\"\n")
            .ShouldBe(["ED3001 (3,1): Quotation “We see no significant progress at …” has no attribution: say who said it"]);
    }
}
