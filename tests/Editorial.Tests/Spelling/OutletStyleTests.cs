using Editorial.Engine;
namespace Editorial.Tests.Spelling;

/// <summary>
/// The outlet's style on real copy: a profile's spelling covers its case forms (ED1002), other people's words keep their
/// spelling unless the outlet respells them, and ED1005 never proposes what the outlet or the language rules out.
/// </summary>
public class OutletStyleTests
{
    private static List<string> Lines(string text, string? outlet = null, string path = "a.txt") =>
        SpellingCheck.Text(text, outlet, path).Select(SpellingCheck.Line).ToList();

    private static Engine.EditorialEngine EngineWith(string profile) =>
        new(Profiles.ProfileSet.Load([new("rules/desk.yml", profile)], RuleCatalog.Vocabulary), SpellingCheck.Rules);

    private static List<string> Corpus(Engine.EditorialEngine engine, string outlet, params string[] texts) =>
        engine.Check(texts.Select((text, i) => new Engine.ArticleInput($"x/{i + 1}.txt", text, new(defaultOutlet: outlet))).ToList())
            .Select(SpellingCheck.Line).ToList();

    // Case forms

    [Fact]
    public void A_lower_case_form_is_reported_even_at_a_sentence_start_and_when_the_article_never_writes_the_preferred_one()
    {
        Lines("Convoys reached kyiv at dawn. kyiv was quiet by noon.", "ap").ShouldBe(
        [
            "a.txt(1,17,1,21): warning ED1002: 'kyiv' is spelled 'Kyiv' in Associated Press style => Kyiv",
            "a.txt(1,31,1,35): warning ED1002: 'kyiv' is spelled 'Kyiv' in Associated Press style => Kyiv",
        ]);
    }

    [Fact]
    public void A_sentence_start_excuses_only_the_capital_of_a_lower_case_term()
    {
        var engine = EngineWith("name: desk\nspellings:\n  - preferred: eBay\n  - preferred: podcast\n  - preferred: LinkedIn\n");
        Corpus(engine, "desk", "Podcast audiences grew. Ebay sales fell. Linkedin posts rose.").ShouldBe(
        [
            "x/1.txt(1,25,1,29): warning ED1002: 'Ebay' is spelled 'eBay' in desk style => eBay",
            "x/1.txt(1,42,1,50): warning ED1002: 'Linkedin' is spelled 'LinkedIn' in desk style => LinkedIn",
        ]);
        Corpus(engine, "desk", "# Podcast Boom\n\nThe podcast charts, on eBay and LinkedIn.").ShouldBeEmpty();
    }

    [Fact]
    public void An_entry_with_a_preferred_form_only_is_no_profile_error()
    {
        Profiles.ProfileSet.Load([new("rules/desk.yml", "name: desk\nspellings:\n  - preferred: TikTok\n")], RuleCatalog.Vocabulary).Diagnostics.ShouldBeEmpty();
    }

    [Fact]
    public void A_name_the_proper_name_list_knows_is_a_proper_noun_in_lower_case()
    {
        Lines("Grain left ukraine by sea, bound for zealand ports.").ShouldBe(
        [
            "a.txt(1,12,1,19): info ED1004: 'ukraine' is a lowercase form of the proper noun 'Ukraine' => Ukraine",
            "a.txt(1,38,1,45): info ED1004: 'zealand' is a lowercase form of the proper noun 'Zealand' => Zealand",
        ]);
        // A listed name of several words is reported and fixed whole.
        Lines("Exports to new zealand rose, and bosnia and herzegovina signed.").ShouldBe(
        [
            "a.txt(1,12,1,23): info ED1004: 'new zealand' is a lowercase form of the proper noun 'New Zealand' => New Zealand",
            "a.txt(1,34,1,56): info ED1004: 'bosnia and herzegovina' is a lowercase form of the proper noun 'Bosnia and Herzegovina' => Bosnia and Herzegovina",
        ]);
        // Ordinary words that are also names, and names outside prose, are not reported.
        Lines("We ate turkey off fine china. See ukraine.example.org or #ukraine.").ShouldBeEmpty();
        var own = EngineWith("name: desk\nlists:\n  proper-names: [Lviv]\n");
        Corpus(own, "desk", "Trains reached lviv and paris.").ShouldBe(
        [
            "x/1.txt(1,16,1,20): info ED1004: 'lviv' is a lowercase form of the proper noun 'Lviv' => Lviv",
            "x/1.txt(1,25,1,30): info ED1004: 'paris' is a lowercase form of the proper noun 'Paris' => Paris",
        ]);
    }

    [Fact]
    public void An_outlet_adds_its_own_titles_to_those_an_article_writes_alone_in_lower_case()
    {
        const string text = "The chancellor spoke first. The chancellor rarely resigns. Critics said the Chancellor's budget failed.";
        Corpus(EngineWith("name: desk\n"), "desk", text).ShouldBeEmpty();
        Corpus(EngineWith("name: desk\nlists:\n  standalone-titles: [chancellor]\n"), "desk", text).ShouldBe(
        [
            "x/1.txt(1,77,1,87): info ED1001: 'Chancellor' is spelled 'chancellor' elsewhere in this article => chancellor",
        ]);
    }

    [Fact]
    public void A_title_the_outlet_capitalises_for_its_one_holder_is_no_slip()
    {
        const string text = "The Polish prime minister arrived. The other prime minister stayed away. The Prime Minister met them both.";
        Corpus(EngineWith("name: desk\n"), "desk", text).ShouldBe(
        [
            "x/1.txt(1,78,1,92): info ED1001: 'Prime Minister' is spelled 'prime minister' elsewhere in this article => prime minister",
        ]);
        Corpus(EngineWith("name: desk\nlists:\n  capitalised-titles: [prime minister]\n"), "desk", text).ShouldBeEmpty();
    }

    [Fact]
    public void An_outlet_removes_a_title_it_does_not_want_compared_from_the_list_it_inherits()
    {
        const string text = "The governor vetoed the bill. The governor signs it. Critics said the Governor's veto failed.";
        Corpus(EngineWith("name: desk\n"), "desk", text).ShouldBe(
        [
            "x/1.txt(1,71,1,79): info ED1001: 'Governor' is spelled 'governor' elsewhere in this article => governor",
        ]);
        Corpus(EngineWith("name: desk\nremove-from-lists:\n  standalone-titles: [Governor]\n"), "desk", text).ShouldBeEmpty();
    }

    // Name families

    [Fact]
    public void A_profile_s_name_covers_the_other_spellings_of_its_family_where_the_name_stands_alone()
    {
        var engine = EngineWith("name: desk\nspellings:\n  - preferred: Navalny\n  - preferred: Brauer\n  - preferred: Mohammed Dahlan\n");
        // Another transliterated ending, diacritics, a doubled letter in a full name: the entry's name in another spelling.
        Corpus(engine, "desk", "Aides to Navalnyy said little. Bräuer agreed. Later Mohamed Dahlan left.").ShouldBe(
        [
            "x/1.txt(1,10,1,18): warning ED1002: 'Navalnyy' is spelled 'Navalny' in desk style => Navalny",
            "x/1.txt(1,32,1,38): warning ED1002: 'Bräuer' is spelled 'Brauer' in desk style => Brauer",
            "x/1.txt(1,53,1,67): warning ED1002: 'Mohamed Dahlan' is spelled 'Mohammed Dahlan' in desk style => Mohammed Dahlan",
        ]);
    }

    [Fact]
    public void A_profile_s_name_leaves_longer_names_other_vowels_and_ordinary_words_alone()
    {
        var engine = EngineWith("name: desk\nspellings:\n  - preferred: Navalny\n  - preferred: Mohammed\n  - preferred: Müller\n  - preferred: Hardi\n");
        // A longer name keeps its spelling ("the Navalnyy Foundation", "Mohamed Salah"), and so does its head written alone
        // later; a one-word name with other vowels is another surname ("Möller"); an ordinary word is no name ("Hardy" for "Hardi").
        Corpus(engine, "desk", "The Navalnyy Foundation shut. Mohamed Salah scored, and Mohamed smiled. Anna Möller agreed. Hardy souls stayed.").ShouldBeEmpty();
    }

    // Other people's words

    [Fact]
    public void A_quoted_statement_keeps_its_speaker_s_spelling_unless_the_outlet_respells_quotations()
    {
        const string text = "Residents of Kyiv slept. “We will rebuild Kiev street by street,” the mayor said. Trains left Kiev.";
        Lines(text, "ap").ShouldBe(
        [
            "a.txt(1,95,1,99): warning ED1002: 'Kiev' is spelled 'Kyiv' in Associated Press style => Kyiv",
        ]);
        var house = EngineWith("name: desk\nextends: ap\nsettings:\n  quoted-spelling: house\n");
        Corpus(house, "desk", text).ShouldBe(
        [
            "x/1.txt(1,43,1,47): info ED1002: 'Kiev' is spelled 'Kyiv' in desk style => Kyiv",
            "x/1.txt(1,95,1,99): warning ED1002: 'Kiev' is spelled 'Kyiv' in desk style => Kyiv",
        ]);
    }

    [Fact]
    public void A_quoted_term_is_the_outlet_s_own_wording()
    {
        // A scare-quoted word is no one's statement: the outlet's spelling holds there, at full severity.
        Lines("Officials called it the “Kiev” question.", "ap").ShouldBe(
        [
            "a.txt(1,26,1,30): warning ED1002: 'Kiev' is spelled 'Kyiv' in Associated Press style => Kyiv",
        ]);
    }

    [Fact]
    public void A_reproduced_document_keeps_its_author_s_spelling()
    {
        Lines("The embassy posted a statement. The statement reads:\n\nOur staff remain in Kiev.\n\nStaff in Kyiv were safe.", "ap")
            .ShouldBeEmpty();
        // A transcript: paragraphs that open with speakers' labels.
        Lines("Q: Is the embassy in Kiev open?\n\nAMBASSADOR: It is.\n\nStaff in Kyiv were safe.", "ap").ShouldBeEmpty();
    }

    [Fact]
    public void An_embedded_post_keeps_its_author_s_spelling_and_the_article_resumes_after_its_signature()
    {
        const string text = "Shelling hit Kyiv. One resident posted: Kiev is burning tonight. pic.twitter.com/q81Zr — Olena Petrenko (@olenap) " +
                            "March 14, 2022 Trains left Kiev at noon.";
        Lines(text, "ap").ShouldBe(
        [
            "a.txt(1,142,1,146): warning ED1002: 'Kiev' is spelled 'Kyiv' in Associated Press style => Kyiv",
        ]);
        // Where the outlet respells other people's words, the post's spelling is capped like a quotation's.
        var house = EngineWith("name: desk\nextends: ap\nsettings:\n  quoted-spelling: house\n");
        Corpus(house, "desk", text).ShouldBe(
        [
            "x/1.txt(1,41,1,45): info ED1002: 'Kiev' is spelled 'Kyiv' in desk style => Kyiv",
            "x/1.txt(1,142,1,146): warning ED1002: 'Kiev' is spelled 'Kyiv' in desk style => Kyiv",
        ]);
    }

    // ED1005

    [Fact]
    public void Ed1005_does_not_merge_places_with_similar_names()
    {
        Corpus(SpellingCheck.Engine, "ap", "Envoys flew to Iran on Monday.", "Talks in Iran resumed.", "Talks in Iran resumed.", "Troops left Iraq in 2011.")
            .ShouldBeEmpty();
        Corpus(SpellingCheck.Engine, "ap", "Voters in Slovakia went to the polls.", "Slovakia closed its border.", "Slovakia closed its border.", "Slovenia opened its border.")
            .ShouldBeEmpty();
    }

    [Fact]
    public void Ed1005_does_not_turn_a_foreign_given_name_into_an_english_one()
    {
        Corpus(SpellingCheck.Engine, "ap", "Giuseppe Verdi wrote it.", "Giuseppe Verdi lived here.", "Giuseppe Verdi lived here.", "Joseph Verdi, a grocer, sold it.")
            .ShouldBeEmpty();
        Corpus(SpellingCheck.Engine, "ap", "Giuseppe Conte spoke.", "Giuseppe Conte left.", "Giuseppe Conte left.", "Joseph Conte arrived.").ShouldBeEmpty();
    }

    [Fact]
    public void Ed1005_compares_given_names_only_with_the_same_surname()
    {
        Corpus(SpellingCheck.Engine, "ap", "Mohammed Salah scored twice.", "Mohammed Salah was rested.", "Mohammed Salah was rested.", "Mohamed Abbas refereed.")
            .ShouldBeEmpty();
        Corpus(SpellingCheck.Engine, "ap", "Mohammed Salah scored twice.", "Mohammed Salah was rested.", "Mohammed Salah was rested.", "Mohamed Salah returned.")
            .ShouldBe(
            [
                "x/4.txt(1,1,1,8): info ED1005: 'Mohamed' is spelled 'Mohammed' in most Associated Press articles (3 of 4) => Mohammed",
            ]);
    }

    [Fact]
    public void Ed1005_compares_transliterated_given_names_of_one_person_only()
    {
        Corpus(SpellingCheck.Engine, "ap", "Dmitry Peskov spoke.", "Dmitry Peskov declined.", "Dmitry Peskov declined.", "Dmitri Kuleba replied.").ShouldBeEmpty();
        Corpus(SpellingCheck.Engine, "ap", "Dmitry Peskov spoke.", "Dmitry Peskov declined.", "Dmitry Peskov declined.", "Dmitri Peskov replied.").ShouldBe(
        [
            "x/4.txt(1,1,1,7): info ED1005: 'Dmitri' is spelled 'Dmitry' in most Associated Press articles (3 of 4) => Dmitry",
        ]);
    }

    [Fact]
    public void Ed1005_does_not_merge_a_phrase_with_a_single_word()
    {
        Corpus(SpellingCheck.Engine, "ap", "The turnaround took a year.", "Its turnaround was quick.", "Its turnaround was quick.", "Ships turn around at the pier.")
            .ShouldBeEmpty();
        Corpus(SpellingCheck.Engine, "ap", "It rained anyway.", "She went anyway.", "She went anyway.", "Do it any way you can.").ShouldBeEmpty();
    }

    /// <summary>A spelling the outlet's profile decides is ED1002's in every article that writes it, however the outlet's other
    /// articles write it: ED1005 does not count the majority's Kyiv against the one Kiev, nor read those keys' occurrences.</summary>
    [Fact]
    public void Ed1005_leaves_a_spelling_the_outlet_s_profile_decides_to_ed1002()
    {
        Corpus(SpellingCheck.Engine, "ap", "Aid reached Kyiv.", "Trains left Kyiv.", "Trains left Kyiv.", "Trains left Kiev.").ShouldBe(
        [
            "x/4.txt(1,13,1,17): warning ED1002: 'Kiev' is spelled 'Kyiv' in Associated Press style => Kyiv",
        ]);
    }

    [Fact]
    public void Ed1005_never_proposes_the_other_region_s_spelling()
    {
        // The two articles that write "color" are ED1003's (the locale's spelling), never a reason for ED1005 to propose "color".
        Corpus(SpellingCheck.Engine, "guardian", "The color guard marched.", "A color photograph hung.", "A color photograph hung.", "The colour faded.")
            .Where(line => line.Contains("ED1005")).ShouldBeEmpty();
    }
}
