namespace Editorial.Tests.Spelling;

/// <summary>
/// Precision classes of issue 12 on published copy: other people's words keep their own style unless the outlet's profile
/// decides (ED1003, ED1004, ED1006); a word written once each way is a proper noun only when a name list knows it (ED1004);
/// and an outlet's articles are compared only where they show a clear house style for one entity (ED1005).
/// </summary>
public class OthersWordsAndEntityTests
{
    private static List<string> Lines(string text, string? outlet = null) => SpellingCheck.Lines(text, outlet);

    private static List<string> Corpus(string outlet, params string[] texts) => SpellingCheck.Corpus(outlet, texts);

    // Different entities

    [Fact]
    public void Two_names_a_letter_apart_listed_side_by_side_are_two_names()
    {
        Lines("The pier's library lends books on Harbourpedia, Harbourmedia Commons and the tides, and Harbourpedia grew.").ShouldBeEmpty();
        Lines("Crews came from Veltrania and Veltrinia, and the Veltrania crew docked first.").ShouldBeEmpty();
        // Apart, the one written once is a slip of the other.
        Lines("The pier's library lends books on Harbourpedia. Readers of Harbourmedia liked them, and Harbourpedia grew.").ShouldBe(
        [
            "a.txt(1,60,1,72): info ED1001: 'Harbourmedia' is spelled 'Harbourpedia' elsewhere in this article => Harbourpedia",
        ]);
    }

    [Fact]
    public void Two_names_a_letter_apart_in_lists_that_share_no_other_item_are_two_names()
    {
        // Two districts' towns: "Dunmorrow" and "Dunmarrow" are items of lists that name nothing else alike.
        const string towns = "The north district covers Alderby, Brackwell, Dunmorrow, Elsham and Fennick.\n\n"
                             + "The south district covers Gorran, Halby, Dunmarrow, Inchley and Jessop.\n\n"
                             + "The river district covers Kelby, Dunmarrow, Lanwick and Merrow.\n";
        Lines(towns).ShouldBeEmpty();
        // The same list written again with a name misspelt is one list, and the name's slip is reported.
        Lines("The north district covers Alderby, Brackwell, Dunmarrow, Elsham and Fennick.\n\n"
              + "Its towns are Alderby, Brackwell, Dunmorrow, Elsham and Fennick.\n\n"
              + "Dunmarrow has the district's only ferry.\n").ShouldBe(
        [
            "a.txt(3,35,3,44): info ED1001: 'Dunmorrow' is spelled 'Dunmarrow' elsewhere in this article => Dunmarrow",
        ]);
    }

    // Other people's words

    [Fact]
    public void A_quoted_statement_keeps_its_regional_spelling_against_the_article_s_majority()
    {
        const string text = "The color of the flag and the color of the banner matched. " +
                            "“We honour the dead,” the mayor said. Her favorite color was blue.";
        Lines(text).ShouldBeEmpty();
        // Nor does the outlet's locale reach into them: a quotation keeps its original spelling.
        Lines(text, "ap").ShouldBeEmpty();
        // Only an outlet that respells what it quotes reports it there, capped at a suggestion.
        var house = new Engine.EditorialEngine(Profiles.ProfileSet.Load([new("rules/desk.yml", "name: desk\nextends: ap\nsettings:\n  quoted-spelling: house\n")], Engine.RuleCatalog.Vocabulary), SpellingCheck.Rules);
        house.Check([new Engine.ArticleInput("a.txt", text, new(defaultOutlet: "desk"))]).Select(SpellingCheck.Line).ShouldBe(
        [
            "a.txt(1,64,1,70): info ED1003: 'honour' is British spelling; desk style uses American spelling: 'honor' => honor",
        ]);
    }

    [Fact]
    public void A_quoted_statement_keeps_its_abbreviation_style_against_the_article_s_majority()
    {
        Lines("The U.S. envoy landed. The U.S. embassy opened. “The US will not back down,” the envoy said.").ShouldBeEmpty();
        // The article's own "US" still departs.
        Lines("The U.S. envoy landed. The U.S. embassy opened. Later the US embassy closed.").ShouldBe(
        [
            "a.txt(1,59,1,61): info ED1006: 'US' should be 'U.S.' (as in the rest of this article) => U.S.",
        ]);
    }

    [Fact]
    public void A_lower_case_name_in_a_quotation_or_an_embedded_post_is_not_reported()
    {
        Lines("Ministers met in Tallinn on Monday. “We are proud of tallinn,” the mayor said.").ShouldBeEmpty();
        Lines("Ministers met in Tallinn on Monday. The mayor posted on the day.\n\n" +
              "what a day for tallinn — Kai Tamm (@kaitamm) March 3, 2022").ShouldBeEmpty();
        // The same post exported with its dash garbled by a wrong decoding.
        Lines("Ministers met in Tallinn on Monday. The mayor posted on the day.\n\n" +
              "what a day for tallinn \u00e2\u0080\u0094 Kai Tamm (@kaitamm) March 3, 2022").ShouldBeEmpty();
        // The article's own lower case is reported.
        Lines("Ministers met in Tallinn on Monday. Buses left tallinn at noon.").ShouldBe(
        [
            "a.txt(1,48,1,55): info ED1004: 'tallinn' is a lowercase form of the proper noun 'Tallinn' => Tallinn",
        ]);
    }

    [Fact]
    public void A_capital_in_someone_else_s_words_marks_a_name_the_article_writes_in_lower_case()
    {
        Lines("Fans posted within minutes: I want Zorblax and more Zorblax. — Kai Tamm (@kaitamm) March 3, 2022 Shops sold zorblax at noon.")
            .ShouldBe(
            [
                "a.txt(1,109,1,116): info ED1004: 'zorblax' is a lowercase form of the proper noun 'Zorblax' => Zorblax",
            ]);
    }

    [Fact]
    public void A_word_written_once_each_way_is_a_proper_noun_only_when_the_name_list_knows_it()
    {
        // No majority, and no list knows the word: the capital may be the slip.
        Lines("Traces of Ricinus oil were found. Doctors say ricinus oil can heal.").ShouldBeEmpty();
        // The list knows the Kremlin.
        Lines("Aides in the Kremlin were silent. Critics of the kremlin spoke.").ShouldBe(
        [
            "a.txt(1,50,1,57): info ED1004: 'kremlin' is a lowercase form of the proper noun 'Kremlin' => Kremlin",
        ]);
    }

    // ED1005: one entity, one clear house style

    [Fact]
    public void Ed1005_needs_a_clear_majority_of_the_outlet_s_articles()
    {
        string[] closed = ["The courtroom was full.", "A courtroom sketch sold.", "The courtroom emptied.", "Her courtroom manner won."];
        Corpus("ap", [.. closed, "The court room was full.", "A court room sketch sold."]).ShouldBe(
        [
            "x/5.txt(1,5,1,15): info ED1005: 'court room' is spelled 'courtroom' in most Associated Press articles (4 of 6) => courtroom",
            "x/6.txt(1,3,1,13): info ED1005: 'court room' is spelled 'courtroom' in most Associated Press articles (4 of 6) => courtroom",
        ]);
        // Four against three is a mix, not a house style.
        Corpus("ap", [.. closed, "The court room was full.", "A court room sketch sold.", "His court room fell silent."]).ShouldBeEmpty();
    }

    [Fact]
    public void Ed1005_does_not_compare_people_introduced_by_given_name_alone()
    {
        // Three articles' Oksana and one's Oksanna are people the stories name by given name: four people, not two spellings.
        Corpus("ap",
            "Oksana Petrenko, a nurse, stayed in Kharkiv.",
            "Oksana fled with her two sons.",
            "Oksana said the train was full.",
            "Oksanna waited at the border for a week.").ShouldBeEmpty();
        // With the surname they are one person.
        Corpus("ap",
            "Oksana Petrenko, a nurse, stayed in Kharkiv.",
            "Oksana Petrenko treated the wounded.",
            "Oksana Petrenko went home.",
            "Oksanna Petrenko left at dawn.").ShouldBe(
        [
            "x/4.txt(1,1,1,8): info ED1005: 'Oksanna' is spelled 'Oksana' in most Associated Press articles (3 of 4) => Oksana",
        ]);
    }

    [Fact]
    public void Ed1005_does_not_merge_names_that_start_with_different_letters()
    {
        // A reporter and a port fold alike; across articles nothing says they are one entity.
        Corpus("ap", "Lars Olsen reported from Oslo.", "Lars Olsen wrote the story.", "Lars Olsen filed again.", "Ships docked at Ulsan on Monday.").ShouldBeEmpty();
    }

    [Fact]
    public void Ed1005_leaves_titles_of_ordinary_words_to_each_body()
    {
        // One body's Secretary-General, another's Secretary General: each office spells its own title.
        Corpus("ap",
            "The alliance's Secretary-General spoke on Monday.",
            "The union's Secretary-General left early.",
            "The bank's Secretary-General resigned.",
            "The league's Secretary General stayed. Its Secretary General voted. A Secretary-General from the union watched.")
            .Where(line => line.Contains("ED1005")).ShouldBeEmpty();
    }
}
