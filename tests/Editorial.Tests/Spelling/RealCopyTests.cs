using Editorial.Diagnostics;
using Editorial.Engine;

namespace Editorial.Tests.Spelling;

/// <summary>
/// The spelling rules on the cases real copy holds: text that is not prose, names that keep their own spelling, other
/// people's words, what ED1005 must never propose, case forms of profile entries, and name variants found without a list.
/// </summary>
public class RealCopyTests
{
    private static List<string> Lines(string text, string? outlet = null, string path = "a.txt") =>
        SpellingCheck.Text(text, outlet, path).Select(SpellingCheck.Line).ToList();

    private static Engine.EditorialEngine EngineWith(string profile) =>
        new(Profiles.ProfileSet.Load([new("rules/desk.yml", profile)], RuleCatalog.Vocabulary), SpellingCheck.Rules);

    // 1. Not prose

    [Fact]
    public void Addresses_handles_hashtags_file_names_and_code_are_not_prose()
    {
        Lines("Officials wrote to press@kiev-city.org and posted at kiev.ua/news and kiev.museum. Follow @KievWatch and #Kiev. " +
              "The photo is kiev_map.png. Talks in Kyiv went on. Shelling hit Kyiv.").ShouldBeEmpty();
        Lines("The `kiev` tag stayed. Talks in Kyiv went on. Shelling hit Kyiv.").ShouldBeEmpty();
        Lines("Talks in Kyiv went on. The site moved to kiev.org, then to kyiv.org.").ShouldBeEmpty();
        // A hyphen inside a handle or a channel's name is part of it; a capital after one starts a word of the sentence.
        Lines("The end users met. The end users spoke.\n\n- Join the [#harbour-endusers channel](/community/slack) or ask @harbour-bot\n",
            path: "a.md").ShouldBeEmpty();
        Lines("The end users met. The end users spoke.\n\n- Join the [#harbour channel](/community/slack) and the endusers list\n",
            path: "a.md").ShouldBe(["a.md(3,57,3,65): info ED1001: 'endusers' is spelled 'end users' elsewhere in this article => end users"]);
        // Posts copied without their embeds' markup run a date into the next post's hashtag or mention.
        Lines("Prince Harry visited the pier. One reader wrote June 7, 2017#PrinceHarry loves ferries. Another wrote June 8, 2017@PrinceHarry waved.")
            .ShouldBeEmpty();
    }

    [Fact]
    public void Stray_punctuation_reads_domain_endings_and_file_extensions_as_non_prose()
    {
        var findings = new Engine.EditorialEngine().Check(
            [new("a.txt", "Museums may register names ending in .museum since 2001. The scans were saved as .png files.", new())]);
        findings.Where(d => d.Id == "ED4003").ShouldBeEmpty();
        var stray = new Engine.EditorialEngine().Check([new("a.txt", "Museums may register names ending in museum .", new())]);
        stray.Where(d => d.Id == "ED4003").Select(d => d.ToString()).ShouldBe(["a.txt(1,45,1,46): warning ED4003: Space before '.'"]);
    }

    // 2. Names keep their own spelling

    [Fact]
    public void A_listed_variant_inside_a_longer_name_is_the_name_s_own_spelling()
    {
        Lines("The Kiev Ballet toured. Talks in Kyiv went on. Shelling hit Kyiv. Kiev Mayor Vitali Klitschko spoke.").ShouldBe(
        [
            "a.txt(1,67,1,71): info ED1001: 'Kiev' is spelled 'Kyiv' elsewhere in this article => Kyiv",
        ]);
        var report = EngineWith("name: desk\nextends: ap\nsettings:\n  variants-in-names: report\n");
        report.Check([new("a.txt", "The Kiev Ballet toured.", new(defaultOutlet: "desk"))]).Select(d => d.ToString()).ShouldBe(
        [
            "a.txt(1,5,1,9): warning ED1002: 'Kiev' is spelled 'Kyiv' in desk style",
        ]);
        // A headline in sentence case capitalises names only: a longer name there is one. In title case it can't be told.
        SpellingCheck.Text("Kiev Ballet tours the north\n\nThe dancers left Kyiv on Monday.", "ap").ShouldBeEmpty();
        Lines("Kiev Ballet Tours The North Again\n\nThe dancers left Kyiv on Monday.", "ap").ShouldBe(
        [
            "a.txt(1,1,1,5): warning ED1002: 'Kiev' is spelled 'Kyiv' in Associated Press style => Kyiv",
        ]);
    }

    [Fact]
    public void Name_particles_in_lower_case_are_no_lowercase_proper_nouns()
    {
        Lines("The Von Trapp family sang. Ursula von der Leyen met Mohammed bin Salman. De Gaulle and Charles de Gaulle.").ShouldBeEmpty();
    }

    [Fact]
    public void A_regional_spelling_that_is_a_name_is_not_a_regional_spelling()
    {
        Lines("Grey said the colors were bright. Officials met Jane Grey on Monday.", "ap").ShouldBeEmpty();
        // After an initial's stop the name goes on: "T. Grey" in a list of authors is a name, not a sentence's first word.
        Lines("The colors were analyzed by A. Smith, H. Jin, T. Grey and B. Jones.", "ap").ShouldBeEmpty();
        Lines("Labor Party officials met. The Australian Labor Party won, and the colour faded.", "guardian").ShouldBeEmpty();
        // A party's name at a sentence's start, where the capital tells nothing: the profile's regional-names list names it.
        // The common word in lower case is still the other region's spelling.
        Lines("Labor welcomes the ferry plan. Labour won in Britain, and the colour faded.", "guardian").ShouldBeEmpty();
        Lines("Labour won the election. Farm labor costs rose.", "ap").ShouldBeEmpty();
        Lines("Farm labor costs rose. The colour faded.", "guardian").ShouldBe(
        [
            "a.txt(1,6,1,11): info ED1003: 'labor' is American spelling; The Guardian style uses British spelling: 'labour' => labour",
        ]);
        // A list of signatories, each organisation's name at the start of its line and joined by "for" or "of".
        Lines("The organisation's colour and favour were at the centre of the labour talks. The letter was signed by:\n\n"
              + "1. Center for Harbour Rights\n\n2. Centre for Ferry Studies\n\n3. Center of Pier Safety\n", path: "a.md")
            .ShouldBeEmpty();
        Lines("Center for the pier was the ferry, and the colour faded.", "guardian").ShouldBe(
        [
            "a.txt(1,1,1,7): info ED1003: 'Center' is American spelling; The Guardian style uses British spelling: 'Centre' => Centre",
        ]);
    }

    [Fact]
    public void People_with_similar_names_are_not_variants_of_each_other()
    {
        Lines("Dmitry Peskov spoke. Dmitri Kuleba replied. Peskov left.").ShouldBeEmpty();
        Lines("Tim Allen spoke. Mark Allan replied. Allen left.").ShouldBeEmpty();
        Lines("Giuseppe Conte spoke. Joseph Conte, no relation, listened.").ShouldBeEmpty();
        Lines("Mohammed bin Salman met Mohamed Salah in Riyadh.").ShouldBeEmpty();
        Lines("Dmitry Peskov spoke. Later Dmitri Peskov added more. Dmitry Peskov left.").ShouldBe(
        [
            "a.txt(1,28,1,34): info ED1001: 'Dmitri' is spelled 'Dmitry' elsewhere in this article => Dmitry",
        ]);
    }

    // 3. Other people's words

    [Fact]
    public void A_reproduced_document_keeps_its_style_or_is_capped_like_a_quotation_or_left_alone()
    {
        const string text = "The ministry issued a statement. The statement reads:\n\nOur defense forces hold the line.\n\n" +
                            "The defence ministry said troops were 15 kilometres away.";
        // The document's American "defense" is its author's, not a departure from the article's British majority.
        SpellingCheck.Text(text).ShouldBeEmpty();
        Lines("The colour faded.\n\n> The color of the flag is red.\n", path: "a.md").ShouldBeEmpty();
        // An outlet that respells what it quotes is told, at the quotation severity.
        var house = EngineWith("name: desk\nsettings:\n  quoted-spelling: house\n");
        house.Check([new("a.txt", text, new(defaultOutlet: "desk"))]).Select(SpellingCheck.Line).ShouldBe(
        [
            "a.txt(3,5,3,12): info ED1003: 'defense' is American spelling; this article uses British spelling: 'defence' => defence",
        ]);
        var ignore = EngineWith("name: desk\nsettings:\n  quoted-spelling: house\n  reproduced-text: ignore\n");
        ignore.Check([new("a.txt", text, new(defaultOutlet: "desk"))]).ShouldBeEmpty();
        // A lead-in with a verb alone ("READ ALSO:") introduces no document.
        Lines("READ ALSO:\n\nThe defence ministry spoke. Our defense forces hold.").ShouldBe(
        [
            "a.txt(3,33,3,40): info ED1003: 'defense' is American spelling; this article uses British spelling: 'defence' => defence",
        ]);
    }

    // 4. ED1005 never contradicts the outlet or the language

    [Fact]
    public void Articles_naming_different_people_with_similar_names_are_not_compared()
    {
        var findings = SpellingCheck.Engine.Check(
        [
            new("x/1.txt", "Tim Allen spoke in Leeds.", new(defaultOutlet: "ap")),
            new("x/2.txt", "Tim Allen spoke again.", new(defaultOutlet: "ap")),
            new("x/3.txt", "Tim Allen left.", new(defaultOutlet: "ap")),
            new("x/4.txt", "Mark Allan replied.", new(defaultOutlet: "ap")),
        ]);
        findings.ShouldBeEmpty();
        var same = SpellingCheck.Engine.Check(
        [
            new("x/1.txt", "Alexei Navalny spoke.", new(defaultOutlet: "ap")),
            new("x/2.txt", "Alexei Navalny wrote.", new(defaultOutlet: "ap")),
            new("x/3.txt", "Alexei Navalny smiled.", new(defaultOutlet: "ap")),
            new("x/4.txt", "Alexei Navalnyy replied.", new(defaultOutlet: "ap")),
        ]);
        same.Select(SpellingCheck.Line).ShouldBe(
        [
            "x/4.txt(1,8,1,16): info ED1005: 'Navalnyy' is spelled 'Navalny' in most Associated Press articles (3 of 4) => Navalny",
        ]);
    }

    [Fact]
    public void Ed1005_never_proposes_a_form_the_profile_rules_out_nor_merges_different_words()
    {
        var engine = EngineWith("name: desk\nspellings:\n  - preferred: per cent\n    variants: [percent]\n    since: 2030-01-01\n");
        // Dated before the entry holds: the outlet has not decided yet, but "percent" is still never proposed.
        engine.Check(
        [
            new("x/1.md", "---\ndate: 2022-03-14\n---\nPrices rose 5 percent.\n", new(defaultOutlet: "desk")),
            new("x/2.md", "---\ndate: 2022-03-14\n---\nWages rose 2 percent.\n", new(defaultOutlet: "desk")),
            new("x/4.md", "---\ndate: 2022-03-14\n---\nFares rose 4 percent.\n", new(defaultOutlet: "desk")),
            new("x/3.md", "---\ndate: 2022-03-14\n---\nRents rose 3 per cent.\n", new(defaultOutlet: "desk")),
        ]).ShouldBeEmpty();
        SpellingCheck.Engine.Check(
        [
            new("x/1.txt", "It ended anyway.", new(defaultOutlet: "ap")),
            new("x/2.txt", "They left anyway.", new(defaultOutlet: "ap")),
            new("x/4.txt", "We stayed anyway.", new(defaultOutlet: "ap")),
            new("x/3.txt", "There was no other way, any way you look at it.", new(defaultOutlet: "ap")),
        ]).ShouldBeEmpty();
    }

    // 5. Case forms

    [Fact]
    public void A_profile_s_proper_noun_written_only_in_lower_case_is_reported()
    {
        // The outlet's own profile spells it: the outlet's style (ED1002, a warning); without one, a likely proper noun (ED1004).
        Lines("Talks were held in kyiv on Monday.", "ap").ShouldBe(
        [
            "a.txt(1,20,1,24): warning ED1002: 'kyiv' is spelled 'Kyiv' in Associated Press style => Kyiv",
        ]);
        Lines("Talks were held in kyiv on Monday.").ShouldBe(
        [
            "a.txt(1,20,1,24): info ED1004: 'kyiv' is a lowercase form of the proper noun 'Kyiv' => Kyiv",
        ]);
        Lines("Talks were held at kyiv.ua and in #kyiv on Monday.").ShouldBeEmpty();
    }

    // 6. Name families without a list

    [Fact]
    public void Hyphenation_spacing_and_case_of_a_name_are_variants()
    {
        Lines("UN chief Ban Ki-moon spoke. Ban Ki-moon left. Later Ban Ki Moon returned. Ban Ki-Moon waved.").ShouldBe(
        [
            "a.txt(1,57,1,64): info ED1001: 'Ki Moon' is spelled 'Ki-moon' elsewhere in this article => Ki-moon",
            "a.txt(1,79,1,86): info ED1001: 'Ki-Moon' is spelled 'Ki-moon' elsewhere in this article => Ki-moon",
        ]);
    }

    [Fact]
    public void Two_ordinary_words_capitalised_are_a_compound_not_a_name_hyphenated_before_a_noun_and_spaced_as_one()
    {
        // A defined term in title case and a shouted disclaimer: the compound's uses, not two spellings of a name.
        Lines("The site links to other pages (\"Third-Party Pages\"). We answer for no Third-Party Pages.\n\n"
              + "WE ARE NOT LIABLE FOR ANY GOODS SOLD BY A THIRD PARTY THROUGH THE SITE.", path: "a.md").ShouldBeEmpty();
        Lines("## Create a Custom Key Frame\n\nA Key-Frame animation needs a Key-Frame class.", path: "a.md").ShouldBeEmpty();
    }

    [Fact]
    public void Spaced_name_words_that_end_a_longer_name_are_that_name_s_and_a_person_s_given_name_or_title_is_no_longer_name()
    {
        // "Harbour-Meetup" stands alone; "Tallinn Harbour Meetup" and "Riga Harbour Meetup" are other groups' names.
        Lines("The Harbour-Meetup meets on Monday. The Tallinn Harbour Meetup meets on Tuesday, and the Riga Harbour Meetup on Friday.")
            .ShouldBeEmpty();
        // A person's name: a title before the hyphenated form, a given name before the spaced one.
        Lines("Mr Ott-Sepp spoke first. Later Mr Ott-Sepp left. The convoy was led by Kai Ott Sepp, his cousin.").ShouldBe(
        [
            "a.txt(1,76,1,84): info ED1001: 'Ott Sepp' is spelled 'Ott-Sepp' elsewhere in this article => Ott-Sepp",
        ]);
    }

    [Fact]
    public void Spaced_name_words_in_capitals_write_the_longer_name_the_running_text_writes_them_in()
    {
        // The running text writes "Tongan Serving" only inside "Tongan Serving Schools": the headline's capitals write that name,
        // not the hyphenated one of the act. Capitals over a name the running text writes alone are still a spelling.
        Lines("SENATOR BACKS TONGAN SERVING SCHOOLS\nThe senator wants more money for the 18 Tongan Serving Schools of the state.\n"
              + "The Tongan-Serving Schools Act would double the grant. Many Tongan Serving Schools lack books.\n"
              + "The Tongan-Serving Schools Act has support from both parties.").ShouldBeEmpty();
        Lines("KAI OTT SEPP ARRIVES\nMr Ott-Sepp spoke first. Later Mr Ott-Sepp left.").ShouldBe(
        [
            "a.txt(1,5,1,13): info ED1001: 'OTT SEPP' is spelled 'Ott-Sepp' elsewhere in this article => Ott-Sepp",
        ]);
    }

    [Fact]
    public void A_hyphenated_word_of_ordinary_words_capitalised_by_its_heading_or_sentence_is_no_variant()
    {
        // "Real-World" in a heading in title case, "Real-world" opening a sentence: the capitals are each line's style.
        SpellingCheck.Text("# Timetables\n\n1. [Real-World Crossings of the Harbour][1]\n\n### Real-World Crossings\n\nThe ferry sails at noon.\n\n"
            + "Real-world crossings take an hour.\n\n[1]: https://example.org/crossings\n", path: "a.md").Where(d => d.Id == "ED1001").ShouldBeEmpty();
        // A name opening the word in a heading in title case: the heading capitalises the ordinary word after it.
        SpellingCheck.Text("# Harbour Loses Lawsuit Over Obama-Era Ferry Rules\n\nThe harbour lost a lawsuit over Obama-era ferry rules. "
            + "The Obama-era rules stay. Critics called the Obama-era rules unfair.\n", path: "a.md").Where(d => d.Id == "ED1001").ShouldBeEmpty();
        // In running text the capital is the word's spelling.
        Lines("The Obama-era rules stay. Critics called the Obama-era rules unfair. The Obama-era fee went. The Obama-Era fee stays.").ShouldBe(
        [
            "a.txt(1,98,1,107): info ED1001: 'Obama-Era' is spelled 'Obama-era' elsewhere in this article => Obama-era",
        ]);
        // A hyphen that differs is a spelling, capitals or not.
        Lines("The Bridgegate files were released. Critics said Bridgegate mattered. Few knew about Bridge-Gate then.").ShouldBe(
        [
            "a.txt(1,86,1,97): info ED1001: 'Bridge-Gate' is spelled 'Bridgegate' elsewhere in this article => Bridgegate",
        ]);
    }

    [Fact]
    public void A_capital_held_too_long_in_a_name_is_a_case_variant()
    {
        Lines("Marlene Oduya spoke on Monday. Marlene Oduya left. Later MArlene Oduya won.").ShouldBe(
        [
            "a.txt(1,58,1,65): info ED1001: 'MArlene' is spelled 'Marlene' elsewhere in this article => Marlene",
        ]);
    }

    [Fact]
    public void Diacritics_are_folded()
    {
        Lines("Novak Đoković won. Đoković served. Djokovic lost a set. Crowds in São Paulo cheered; Sao Paulo was loud; São Paulo slept.").ShouldBe(
        [
            "a.txt(1,36,1,44): info ED1001: 'Djokovic' is spelled 'Đoković' elsewhere in this article => Đoković",
            "a.txt(1,86,1,89): info ED1001: 'Sao' is spelled 'São' elsewhere in this article => São",
        ]);
    }

    [Fact]
    public void Transliteration_patterns_are_variants_of_the_same_person()
    {
        Lines("Mohammed Salah scored. Mohamed Salah ran. Mohammed Salah left.").ShouldBe(
        [
            "a.txt(1,24,1,31): info ED1001: 'Mohamed' is spelled 'Mohammed' elsewhere in this article => Mohammed",
        ]);
        Lines("Maksym Kowalskyy spoke. Kowalski left. Kowalskyy returned.").ShouldBe(
        [
            "a.txt(1,25,1,33): info ED1001: 'Kowalski' is spelled 'Kowalskyy' elsewhere in this article => Kowalskyy",
        ]);
    }

    [Fact]
    public void A_one_letter_slip_in_a_name_is_a_typo_and_headlines_take_part()
    {
        Lines("# Navalnyy jailed\n\nAlexei Navalny was jailed. Navalny appealed. Navlany lost.\n", path: "a.md").ShouldBe(
        [
            "a.md(1,3,1,11): info ED1001: 'Navalnyy' is spelled 'Navalny' elsewhere in this article => Navalny",
            "a.md(3,46,3,53): info ED1001: 'Navlany' is spelled 'Navalny' elsewhere in this article => Navalny",
        ]);
        // Demonyms and different words of one letter more are no slips.
        Lines("Russia and Austria met. Russian and Austrian envoys spoke. Syria and Syrian troops.").ShouldBeEmpty();
        // Names styled with inner capitals differ by a capital by design; a typing slip is a lower-case letter.
        Lines("FerryNet runs the ferries. FerryNet sells tickets. FerryNet said the FerryNBet index fell.").ShouldBeEmpty();
        // A slip also written in another case is still a slip: the letters are compared without case.
        Lines("Fiona McDonell spoke. McDonell left. McDonell returned. Then Mcdonnell said no.").ShouldBe(
        [
            "a.txt(1,62,1,71): info ED1001: 'Mcdonnell' is spelled 'McDonell' elsewhere in this article => McDonell",
        ]);
    }

    [Fact]
    public void Names_alone_one_to_a_paragraph_are_a_roster_of_other_people()
    {
        // A page's list of contributors: "Louis" and "Luis", "Hugues" and "Ana Hughes" are four people.
        Lines("# Our ferry volunteers\n\nThanks to everyone who crewed this year.\n\nAna Hughes\n\nAngel Luis\n\nHugues\n\nLouis\n\nLuis\n\nLuis Ortega\n\nM. Brannock\n",
            path: "a.md").ShouldBeEmpty();
        Lines("Thanks to everyone who crewed this year.\nAna Hughes\nHugues\nLouis\nLuis\n").ShouldBeEmpty();
        // Two names alone are no roster, and a name misspelt in the copy is still the roster's slip.
        Lines("# Our ferry volunteers\n\nMarta Quintero\n\nMarta Quinterro\n\nMarta Quintero crewed the ferry. Quintero steered it.\n", path: "a.md").ShouldBe(
        [
            "a.md(5,7,5,16): info ED1001: 'Quinterro' is spelled 'Quintero' elsewhere in this article => Quintero",
        ]);
    }

    [Fact]
    public void A_name_after_an_initial_no_given_name_or_initial_of_the_other_spelling_begins_with_is_another_person()
    {
        // A list of references: "J. Brannick" and "D. M. Brannick" are other people than the Brannocks named.
        Lines("Y. Brannock and K. Brannock wrote it with Y. Brannock. J. Brannick helped.").ShouldBeEmpty();
        Lines("Sam Brannock spoke. Brannock left. D. M. Brannick replied.").ShouldBeEmpty();
        // Initials run together, the last one's dot left out or not, as a Sri Lankan paper writes them.
        Lines("Candidate Anil Ratnayake spoke. Ratnayake left. The chairman, R.M.A.L Rathnayake, replied.").ShouldBeEmpty();
        Lines("Candidate Anil Ratnayake spoke. Ratnayake left. The chairman, R.M. Rathnayake, replied.").ShouldBeEmpty();
        // Initials key a surname as given names do: "Q. Zheng" folds into "Zhang"'s family, but is another person.
        Lines("Y. Zhang and X. Zhang wrote it with Y. Zhang. Q. Zheng helped.").ShouldBeEmpty();
        // A list of references that writes the surname first writes the initials after it: "Zheng, Q." is another author.
        Lines("It follows Zhang, Y., Zhang, X., and Zhang, Y. (2019), and Zheng, Q., & Ma, N. (2018).").ShouldBeEmpty();
        Lines("It follows Zhang, Y. (2019), Zhang, X. (2020) and Zhang, Y. (2021). Zheng, Q. (2018) is older.").ShouldBeEmpty();
        // A middle initial is no given name: "John F. Kennedy" is John's.
        Lines("John F. Kennedy spoke. Kennedy left. Later Kenedy returned.").ShouldBe(
        [
            "a.txt(1,44,1,50): info ED1001: 'Kenedy' is spelled 'Kennedy' elsewhere in this article => Kennedy",
        ]);
        // An initial that a given name or initial of the other spelling begins with may be that person's.
        Lines("Sam Brannock spoke. Brannock left. S. Brannick replied.").ShouldBe(
        [
            "a.txt(1,39,1,47): info ED1001: 'Brannick' is spelled 'Brannock' elsewhere in this article => Brannock",
        ]);
        Lines("It follows Brannock, Y., Ruiz, A., and Brannock, Y. (2019), and Brannick, Y., & Ruiz, A. (2020).").ShouldBe(
        [
            "a.txt(1,65,1,73): info ED1001: 'Brannick' is spelled 'Brannock' elsewhere in this article => Brannock",
        ]);
        Lines("Y. Brannock and K. Brannock wrote it with Y. Brannock. K. Brannick helped.").ShouldBe(
        [
            "a.txt(1,59,1,67): info ED1001: 'Brannick' is spelled 'Brannock' elsewhere in this article => Brannock",
        ]);
    }

    [Fact]
    public void An_ordinary_word_misspelling_the_given_name_of_a_person_named_in_full_is_that_given_name()
    {
        // "Vital" is a word, and one letter short of the mayor's given name, which the article writes twice; it names no second
        // Drobenko, so the bare surname still names him and its own slip is found.
        Lines("Mayor Vitali Drobenko spoke. Drobenko left early. Vital Drobenko, 51, said power would return. Mr Drobneko added more. Vitali was re-elected.").ShouldBe(
        [
            "a.txt(1,51,1,56): info ED1001: 'Vital' is spelled 'Vitali' elsewhere in this article => Vitali",
            "a.txt(1,99,1,107): info ED1001: 'Drobneko' is spelled 'Drobenko' elsewhere in this article => Drobenko",
        ]);
        // A last "a" makes another person of the surname: her son is no slip of Angela.
        Lines("Angela Morwitz spoke. Morwitz left early. Angel Morwitz, her son, said so. Mr Morwitz added more. Angela was re-elected.").ShouldBeEmpty();
    }

    [Fact]
    public void A_letter_left_out_added_or_swapped_in_a_name_written_once_is_a_slip()
    {
        Lines("Senator Whitcombe spoke. Whitcombe left. Later Witcombe returned.").ShouldBe(
        [
            "a.txt(1,48,1,56): info ED1001: 'Witcombe' is spelled 'Whitcombe' elsewhere in this article => Whitcombe",
        ]);
        Lines("Lena Hartwig spoke. Hartwig left. Hartwigg returned.").ShouldBe(
        [
            "a.txt(1,35,1,43): info ED1001: 'Hartwigg' is spelled 'Hartwig' elsewhere in this article => Hartwig",
        ]);
        // Two neighbours swapped, the last letter too.
        Lines("Mayor Dunkel spoke. Dunkel left. Dunkle returned. Crowds filled Bratislava; Bratsilava was cold; Bratislava slept.").ShouldBe(
        [
            "a.txt(1,34,1,40): info ED1001: 'Dunkle' is spelled 'Dunkel' elsewhere in this article => Dunkel",
            "a.txt(1,77,1,87): info ED1001: 'Bratsilava' is spelled 'Bratislava' elsewhere in this article => Bratislava",
        ]);
        // Headlines take part.
        Lines("# Whitcombe wins\n\nPeter Witcombe won. Witcombe thanked voters.\n", path: "a.md").ShouldBe(
        [
            "a.md(1,3,1,12): info ED1001: 'Whitcombe' is spelled 'Witcombe' elsewhere in this article => Witcombe",
        ]);
    }

    [Fact]
    public void A_name_the_proper_name_list_knows_is_the_model_of_a_slip_written_as_often()
    {
        // One each: the majority cannot tell, the list can.
        Lines("Storms crossed Nebraska on Monday. Farmers in Nebarska waited.").ShouldBe(
        [
            "a.txt(1,47,1,55): info ED1001: 'Nebarska' is spelled 'Nebraska' elsewhere in this article => Nebraska",
        ]);
        Lines("# Snow in Copenhagen\n\nCopenhagen froze. Copenhagen slept. Copenhgen woke.\n", path: "a.md").ShouldBe(
        [
            "a.md(3,37,3,46): info ED1001: 'Copenhgen' is spelled 'Copenhagen' elsewhere in this article => Copenhagen",
        ]);
        // Spellings of one family key (a doubled letter), one each: the list knows one of them.
        Lines("Crowds filled Winchester on Friday. Winnchester was loud.").ShouldBe(
        [
            "a.txt(1,37,1,48): info ED1001: 'Winnchester' is spelled 'Winchester' elsewhere in this article => Winchester",
        ]);
        // The list never outvotes the article: a spelling it lacks, written more often, is no slip.
        Lines("Flights to Kathmandu resumed. Kathmandu airport reopened. Katmandu was calm.").ShouldBeEmpty();
        // Two places the list knows are two places.
        Lines("Police in Middletown spoke. Middletown officials met. Middleton residents waited.").ShouldBeEmpty();
        // A model only quoted is no model: the post misspelt the name, the article did not.
        Lines("Fans cheered Wellingtun. “Wellington will win,” a fan posted.").ShouldBeEmpty();
    }

    [Fact]
    public void A_capitalised_word_a_list_knows_is_the_model_of_a_typing_slip_written_as_often()
    {
        // An ordinary word capitalised inside a sentence, after the same capitalised word, one each: the word list knows one
        // spelling and not the other.
        Lines("Aides at the Summer Palace met on Monday. A former Summer Palcae guard spoke.").ShouldBe(
        [
            "a.txt(1,59,1,65): info ED1001: 'Palcae' is spelled 'Palace' elsewhere in this article => Palace",
        ]);
        // A form of one of the profile's spelling entries, which are no name words of their own.
        Lines("President Volodymyr Zelensky spoke on Monday. Later Zelenksy left for the front.").ShouldBe(
        [
            "a.txt(1,53,1,61): info ED1001: 'Zelenksy' is spelled 'Zelensky' elsewhere in this article => Zelensky",
        ]);
        // The article's first word, and under an outlet whose profile prefers the form.
        Lines("Zelenskyy spoke on Monday. Later Zelenksyy left for the front.", outlet: "ap").ShouldBe(
        [
            "a.txt(1,34,1,43): info ED1001: 'Zelenksyy' is spelled 'Zelenskyy' elsewhere in this article => Zelenskyy",
        ]);
        // Under an outlet that rules the article's form out, the slip's fix takes the outlet's form (ED1002 reports the others).
        Lines("President Volodymyr Zelensky spoke on Monday. Later Zelenksy left for the front.", outlet: "ap").ShouldBe(
        [
            "a.txt(1,21,1,29): warning ED1002: 'Zelensky' is spelled 'Zelenskyy' in Associated Press style => Zelenskyy",
            "a.txt(1,53,1,61): info ED1001: 'Zelenksy' is spelled 'Zelensky' elsewhere in this article => Zelenskyy",
        ]);
        Lines("Harbour Authority staff met. The Harbour Authoritty said nothing.").ShouldBe(
        [
            "a.txt(1,42,1,52): info ED1001: 'Authoritty' is spelled 'Authority' elsewhere in this article => Authority",
        ]);
    }

    [Fact]
    public void A_word_a_list_knows_is_a_slip_of_one_person_s_surname_written_clearly_more_often()
    {
        const string person = "Judith Marbel chairs the board. Marbel said costs rose. Critics faulted Marbel. ";
        // An ordinary word (marble) and a name of the proper-name list (Dorset), each a typing slip of the surname.
        Lines(person + "Later Marble conceded the point.").ShouldBe(
        [
            "a.txt(1,87,1,93): info ED1001: 'Marble' is spelled 'Marbel' elsewhere in this article => Marbel",
        ]);
        Lines(person + "Marble is a stubborn negotiator.").ShouldBe(
        [
            "a.txt(1,81,1,87): info ED1001: 'Marble' is spelled 'Marbel' elsewhere in this article => Marbel",
        ]);
        Lines("Tony Dorsett coaches the side. Dorsett picked the team. Fans cheered Dorsett. Rivals said Dorset erred.").ShouldBe(
        [
            "a.txt(1,91,1,97): info ED1001: 'Dorset' is spelled 'Dorsett' elsewhere in this article => Dorsett",
        ]);
        // The same given name before the slip is the same person.
        Lines(person + "Judith Marble conceded the point.").ShouldBe(
        [
            "a.txt(1,88,1,94): info ED1001: 'Marble' is spelled 'Marbel' elsewhere in this article => Marbel",
        ]);
    }

    [Fact]
    public void A_word_a_list_knows_with_the_double_of_a_surname_on_the_next_letter_is_its_slip()
    {
        Lines("Lena Hooper asked the question. Hooper pressed on. Hooper said the data was clear. Later Hopper continued.").ShouldBe(
        [
            "a.txt(1,90,1,96): info ED1001: 'Hopper' is spelled 'Hooper' elsewhere in this article => Hooper",
        ]);
        // Another letter replaced is still another word as often as a slip.
        Lines("Lena Hooper asked the question. Hooper pressed on. Hooper said the data was clear. Later Hoover continued.").ShouldBeEmpty();
    }

    [Fact]
    public void A_surname_that_is_an_ordinary_word_in_a_full_name_written_three_times_is_the_model_of_its_slip()
    {
        // "cooper" is an ordinary word: the repeated full name makes it a person's surname, whose slip "Copper" is.
        const string person = "The host Lena Cooper pressed the minister. Lena Cooper said the report was clear. Later Lena Cooper asked again. ";
        Lines(person + "The figures are small, Copper continued.").ShouldBe(
        [
            "a.txt(1,137,1,143): info ED1001: 'Copper' is spelled 'Cooper' elsewhere in this article => Cooper",
        ]);
        // The full name written twice names no person clearly enough; another given name is another person; the word written
        // in lower case too is the word.
        Lines("The host Lena Cooper pressed the minister. Lena Cooper said the report was clear. The figures are small, Copper continued.").ShouldBeEmpty();
        Lines(person + "Ann Copper disagreed.").ShouldBeEmpty();
        Lines(person + "Copper said the copper price fell.").ShouldBeEmpty();
    }

    [Fact]
    public void A_word_a_list_knows_is_no_slip_of_a_surname_that_is_no_clear_majority_or_of_another_person()
    {
        const string person = "Judith Marbel chairs the board. Marbel said costs rose. Critics faulted Marbel. ";
        // Written twice only, or not three times as often as the slip.
        Lines("Judith Marbel chairs the board. Marbel said costs rose. Later Marble conceded the point.").ShouldBeEmpty();
        Lines(person + "Later Marble conceded the point. Marble left.").ShouldBeEmpty();
        // The article writes the word in lower case: it is the word, at a sentence's start too.
        Lines(person + "Marble is cold. The marble steps were wet.").ShouldBeEmpty();
        Lines("Senator Dale Frist spoke. Frist said no. Aides praised Frist. First, the vote slipped. It came at first light.").ShouldBeEmpty();
        // Another given name, another person; a longer name; a surname two people share.
        Lines(person + "Ann Marble conceded the point.").ShouldBeEmpty();
        Lines(person + "They met at Marble Arch.").ShouldBeEmpty();
        Lines("Judith Marbel chairs the board. Peter Marbel said costs rose. Critics faulted Marbel. Later Marble conceded.").ShouldBeEmpty();
        // A letter replaced is another word as often as a slip.
        Lines("Judith Marbek chairs the board. Marbek said costs rose. Critics faulted Marbek. Later Marble conceded.").ShouldBeEmpty();
    }

    [Fact]
    public void A_typing_slip_written_three_times_is_a_habit_beside_a_known_name_written_twice_as_often()
    {
        const string known = "Nebraska voted. Nebraska counted. Nebraska slept. Nebraska woke. Nebraska cheered. Nebraska rested. ";
        Lines(known + "Farmers in Nebarska waited. Nebarska was cold. Roads in Nebarska froze.").ShouldBe(
        [
            "a.txt(1,112,1,120): info ED1001: 'Nebarska' is spelled 'Nebraska' elsewhere in this article => Nebraska",
            "a.txt(1,129,1,137): info ED1001: 'Nebarska' is spelled 'Nebraska' elsewhere in this article => Nebraska",
            "a.txt(1,157,1,165): info ED1001: 'Nebarska' is spelled 'Nebraska' elsewhere in this article => Nebraska",
        ]);
        // Less than twice as often, or a letter replaced: a name of its own as likely as a habit.
        Lines("Nebraska voted. Nebraska counted. Nebraska slept. Nebraska woke. Nebraska cheered. " +
              "Farmers in Nebarska waited. Nebarska was cold. Roads in Nebarska froze.").ShouldBeEmpty();
        Lines(known + "Farmers in Nebruska waited. Nebruska was cold. Roads in Nebruska froze.").ShouldBeEmpty();
    }

    [Fact]
    public void A_capitalised_ordinary_word_is_no_model_of_another_name_or_of_a_slip_written_more_often()
    {
        // A letter replaced or another added makes a name as often as a slip.
        Lines("Staff of the Summer Major met on Monday. The Summer Malor was there.").ShouldBeEmpty();
        Lines("Members of the Harbour Board met on Monday. A Harbour Bovard was there.").ShouldBeEmpty();
        // After another word, or none, the unknown word may be a name of its own.
        Lines("Aides at the Summer Palace met on Monday. The writer Tom Palcae spoke.").ShouldBeEmpty();
        Lines("Aides at the Summer Palace met on Monday. Later Palcae spoke.").ShouldBeEmpty();
        // A capital that the sentence or the headline gives makes no name of an ordinary word.
        Lines("Palace guards stood by. Palcae officials spoke.").ShouldBeEmpty();
        Lines("# Summer Palace reopens\n\nThe Summer Palcae reopened on Monday.\n", path: "a.md").ShouldBeEmpty();
        // The slip written more often than the word: no telling.
        Lines("Guards at the Summer Palace waited. Gardens of the Summer Palcae and gates of the Summer Palcae were shut.").ShouldBeEmpty();
        // A name the proper-name list knows is no slip of an ordinary word ("Greta" beside "Great").
        Lines("The Great Hall was full. Greta spoke first.").ShouldBeEmpty();
    }

    [Fact]
    public void A_long_surname_introduced_with_its_given_name_is_the_model_of_a_later_bare_slip()
    {
        Lines("Ambassador Sergei Volodarsky spoke on Monday. The note read by Volodrsky was short.").ShouldBe(
        [
            "a.txt(1,64,1,73): info ED1001: 'Volodrsky' is spelled 'Volodarsky' elsewhere in this article => Volodarsky",
        ]);
        // The bare form first, or a short name: no telling which is right.
        Lines("The note read by Volodrsky was short. Later Ambassador Sergei Volodarsky spoke.").ShouldBeEmpty();
        Lines("Coach Anna Vorlak spoke. Later Vorak left.").ShouldBeEmpty();
    }

    [Fact]
    public void A_surname_written_three_times_is_the_model_of_a_later_bare_word_with_another_last_letter()
    {
        const string person = "Prime Minister Lev Marandahu spoke on Monday. Marandahu said talks would resume. Aides to Marandahu agreed. ";
        Lines(person + "Critics said Marandaho had no plan.").ShouldBe(
        [
            "a.txt(1,122,1,131): info ED1001: 'Marandaho' is spelled 'Marandahu' elsewhere in this article => Marandahu",
        ]);
        // A headline's capitalised word before the surname is no given name of another person unless it is a name.
        Lines("# Voters Back Marandahu\n\n" + person + "Critics said Marandaho had no plan.\n", path: "a.md").ShouldBe(
        [
            "a.md(3,122,3,131): info ED1001: 'Marandaho' is spelled 'Marandahu' elsewhere in this article => Marandahu",
        ]);
        Lines("# Voters Back Ivan Marandahu\n\n" + person + "Critics said Marandaho had no plan.\n", path: "a.md").ShouldBeEmpty();
        // Twice only; a final "a", a feminine form of many languages' names; a final "s".
        Lines("Prime Minister Lev Marandahu spoke on Monday. Marandahu said talks would resume. Critics said Marandaho had no plan.").ShouldBeEmpty();
        Lines("Jan Kowalczyk spoke on Monday. Kowalczyk said talks would resume. Aides to Kowalczyk agreed. Later Kowalczya spoke.").ShouldBeEmpty();
        Lines(person + "Critics said Marandahs had no plan.").ShouldBeEmpty();
    }

    [Fact]
    public void A_word_misspelt_between_the_same_two_words_of_a_name_is_a_slip()
    {
        Lines("The probe's Deep Field Imager took the picture. A copy from its Deep Feild Imager followed.").ShouldBe(
        [
            "a.txt(1,70,1,75): info ED1001: 'Feild' is spelled 'Field' elsewhere in this article => Field",
        ]);
        // Without the same words on both sides, it may be a name of its own.
        Lines("The Deep Field Imager took the picture. The Feild Gallery showed it.").ShouldBeEmpty();
    }

    [Fact]
    public void A_word_misspelt_after_the_same_two_words_of_a_name_is_a_slip_however_often_it_is_written()
    {
        // The possessive after the model and the word after the slips differ; the two words before tie them to one name,
        // and the word list, not the count, says which spelling is the word.
        Lines("Dana Holt, the Ferris Polling Institute's director, spoke. The Ferris Polling Insitute survey is here. " +
              "Later the Ferris Polling Insitute tables came.").ShouldBe(
        [
            "a.txt(1,79,1,87): info ED1001: 'Insitute' is spelled 'Institute' elsewhere in this article => Institute",
            "a.txt(1,129,1,137): info ED1001: 'Insitute' is spelled 'Institute' elsewhere in this article => Institute",
        ]);
        // One word before ties them only where the slip is written no more often than the word, a typing slip of it (see
        // A_capitalised_word_a_list_knows_is_the_model_of_a_typing_slip_written_as_often).
        Lines("Dana Holt, the Polling Institute's director, spoke. A Polling Insitute survey is here. A Polling Insitute poll followed.")
            .ShouldBeEmpty();
    }

    [Fact]
    public void A_lower_case_word_misspelt_beside_the_same_word_written_right_is_a_slip()
    {
        // The word list knows the model; the slip is reported however often it is written.
        Lines("The council's administration met. Its adminstration of the parks drew praise from residents.").ShouldBe(
        [
            "a.txt(1,39,1,52): info ED1001: 'adminstration' is spelled 'administration' elsewhere in this article => administration",
        ]);
        // A word no list knows is the model when the article writes it twice and twice as often as the slip.
        Lines("Both crews kept their gyrocopters ready. The gyrocopters flew at dawn. Two gyrocoptres landed late.").ShouldBe(
        [
            "a.txt(1,76,1,87): info ED1001: 'gyrocoptres' is spelled 'gyrocopters' elsewhere in this article => gyrocopters",
        ]);
    }

    [Fact]
    public void Real_words_lone_misspellings_ambiguous_slips_and_garbled_letters_are_no_slips_of_a_word()
    {
        // "mater" is a word of its own, not "matter" misspelt.
        Lines("It does not matter, she told her alma mater's graduates.").ShouldBeEmpty();
        // Nor is a plural of such a word one of the common word's plural: "tweens" beside "teens".
        Lines("The brands sell to tweens, teens and their parents, and teens buy most.").ShouldBeEmpty();
        // With no other form of the word in the article, nothing is compared.
        Lines("The mayor spoke unitl noon about the budget.").ShouldBeEmpty();
        // "trails" and "trials" are both one slip from "traials": which was meant?
        Lines("The trails were closed while the trials ran. The traials resumed.").ShouldBeEmpty();
        // An unknown word written once is no model of another written once.
        Lines("The quoll slept. A quolls nest was found.").ShouldBeEmpty();
        // Letters outside ASCII are a foreign word or a garbled character, not a typing slip.
        Lines("The narratives were long. One narrativeâ ended there.").ShouldBeEmpty();
        Lines("Her fiancée waited. His fiancée arrived. Her fiancee left.").ShouldBeEmpty();
    }

    [Fact]
    public void A_surname_that_is_an_ordinary_word_is_a_name_beside_the_same_given_name()
    {
        Lines("Players Tomas Reyes and Kwame Berry knelt. Kwame Barry spoke later. Barry said he was proud.").ShouldBe(
        [
            "a.txt(1,31,1,36): info ED1001: 'Berry' is spelled 'Barry' elsewhere in this article => Barry",
        ]);
        // With another given name it is another person.
        Lines("Chuck Berry played. Gary Barry listened. Barry left.").ShouldBeEmpty();
    }

    [Fact]
    public void Endings_particles_short_names_and_other_people_are_no_slips()
    {
        // An added or changed ending, also before a plural -s.
        Lines("Voters in Oregon spoke. Oregon voted. Oregonn was quiet. Texas voted. Texas counted. Texans cheered.").ShouldBe(
        [
            "a.txt(1,39,1,46): info ED1001: 'Oregonn' is spelled 'Oregon' elsewhere in this article => Oregon",
        ]);
        Lines("Texas voted. Texas counted. Texans cheered. Panama spoke. Panama left. Panamas waved.").ShouldBeEmpty();
        // The given name of a longer name, before a particle.
        Lines("Talks with Obama went on. Obama left. The hunt for Osama bin Laden ended.").ShouldBeEmpty();
        Lines("Rashid Hassoun ruled for years. Officials loyal to Rashid Hassoun lost their jobs. Minister Hassaun al-Marri said output rose.").ShouldBeEmpty();
        // A transliteration of another person's surname, as the given name of a surname in lower case after its particle.
        Lines("Saddam Hussein ruled for years. Officials loyal to Saddam Hussein lost their jobs. Oil Minister Hussain al-Shahristani said output rose.").ShouldBeEmpty();
        // The last word of a longer name, after a particle, in its sentence across a line's break too.
        Lines("Ferries sail to Brazil. Brazil pays. The state-owned Banco do Brasil lends, and Banco\ndo Brasil pays.").ShouldBeEmpty();
        // Four letters are too few to tell a slip from another name.
        Lines("Chen spoke. Chen left. Chan returned.").ShouldBeEmpty();
        // A different given name is another person, before a middle initial too.
        Lines("Anna Hartwig spoke. Hartwig left. Tomas Hartwigg returned.").ShouldBeEmpty();
        Lines("The Honorable Carla Landry will attend. Landry will speak first. The Honorable Louis T. Landy, Mayor of Hull, will attend too.")
            .ShouldBeEmpty();
        // An opening e is no transliterated a: two places.
        Lines("Fighters in Yemen grew. Yemen is at war. Yemen burns.\n\nThe group bombed hotels in Amman, Jordan, in 2005.").ShouldBeEmpty();
        // A surname after its given name beside a name the article only writes as a given name: two people.
        Lines("Among the candidates is defensive co-ordinator Richie Hall, assistant coach Mike Gibson and others.\n\n"
              + "Other candidates are offensive co-ordinator George Cortez and defensive co-ordinator Dave Ritchie.").ShouldBeEmpty();
        // And the other way round: a given name beside a name only ever written as a surname after its given name.
        Lines("The harbour board voted for it: Tom Harrow (Dock 1), John Keel (Dock 2), Peter Allen (Dock 3), Carl Moss (Dock 4), Arlen Baker (Dock 5) and Mike Dunn (Dock 6).").ShouldBeEmpty();
        // The given name of one person misspelt keeps that person's surname.
        Lines("Talks with Volodymyr Karpenko went on. Volodymyr Karpenko left. Volodymr Karpenko returned.").ShouldBe(
        [
            "a.txt(1,65,1,73): info ED1001: 'Volodymr' is spelled 'Volodymyr' elsewhere in this article => Volodymyr",
        ]);
        // Two people's given names, each before a surname of its own (past a middle initial too), are two names; the same
        // surname makes one a slip.
        Lines("Lawyer Raymond D. Cotton spoke first. The board's head, Raymund A. Paredes, left.").ShouldBeEmpty();
        Lines("Lawyer Raymond D. Cotton spoke first. The board's head, Raymund D. Cotton, left.").ShouldBe(
        [
            "a.txt(1,57,1,64): info ED1001: 'Raymund' is spelled 'Raymond' elsewhere in this article => Raymond",
        ]);
        // Given names each before a surname of its own that is a word too ("Bridges", "Brown"): other people. Before the same
        // surname, or written alone, one is a slip.
        Lines("The party named its list.\n\nSimon Bridges\n\nSimon O'Connor\n\nSimeon Brown\n\nThe list is final.\n").ShouldBeEmpty();
        Lines("The party named its list.\n\nSimon Brown\n\nSimon Brown\n\nSimeon Brown\n\nThe list is final.\n").ShouldBe(
        [
            "a.txt(7,1,7,7): info ED1001: 'Simeon' is spelled 'Simon' elsewhere in this article => Simon",
        ]);
        // "Simon" alone in a sentence; alone on a line of the list, it is someone the list names by one word (LoneWordsOfRosters).
        Lines("The party named its list.\n\nSimon Bridges\n\nSimon O'Connor\n\nSimeon Brown\n\nThe list is final, Simon said.\n").ShouldBe(
        [
            "a.txt(7,1,7,7): info ED1001: 'Simeon' is spelled 'Simon' elsewhere in this article => Simon",
        ]);
        // Written twice, it is no slip but another name.
        Lines("Whitcombe spoke. Whitcombe left. Witcombe came. Witcombe went.").ShouldBeEmpty();
        // A surname after its given name is a person's, whatever day or month it is a letter from; a day misspelt alone is a slip.
        Lines("The panel meets on Monday. Its speakers include agency head Justin Mowday.\n\nThe report came out on Monday.").ShouldBeEmpty();
        Lines("The panel meets on Monday. The report came out on Monady. Monday is a holiday.").ShouldBe(
        [
            "a.txt(1,51,1,57): info ED1001: 'Monady' is spelled 'Monday' elsewhere in this article => Monday",
        ]);
    }

    [Fact]
    public void Two_surnames_told_apart_by_the_digraph_ea_are_two_people()
    {
        Lines("Chief of staff Donald Regan met President Reagan on Thursday. Aides said Reagan was angry and that Regan would stay. "
              + "Officials said Reagan had not asked Regan to leave, though some want Regan to go.").ShouldBeEmpty();
    }

    [Fact]
    public void A_table_run_into_a_paragraph_shortens_its_labels_on_purpose()
    {
        const string Table = "North 181.64 181.10 107.80 108.40 start stcks 835.21 838.82 844.60 844.84 imports 95.66 93.77 "
                             + "95.70 95.18 exports 98.97 98.47 96.02 97.00\n";
        Lines("Grain stocks rose and feed stocks fell, the board said.\n\n" + Table).ShouldBeEmpty();
        // The same word in a sentence is a slip.
        Lines("Grain stocks rose and feed stocks fell, while oat stcks held.\n").ShouldBe(
        [
            "a.txt(1,51,1,56): info ED1001: 'stcks' is spelled 'stocks' elsewhere in this article => stocks",
        ]);
    }

    [Fact]
    public void A_letter_prefixed_word_and_its_closed_form_are_one_compound()
    {
        Lines("She sent an email on Monday. The emails leaked. Her e-mail account was closed.").ShouldBe(
        [
            "a.txt(1,53,1,59): info ED1001: 'e-mail' is spelled 'email' elsewhere in this article => email",
        ]);
        Lines("The e-book sold. E-books and e-book readers followed. An ebook was free.").ShouldBe(
        [
            "a.txt(1,58,1,63): info ED1001: 'ebook' is spelled 'e-book' elsewhere in this article => e-book",
        ]);
    }

    [Fact]
    public void A_person_written_two_ways_in_given_name_and_surname_is_one_person()
    {
        // Every part a transliteration of the other's (y / ii, g / h, s / ss, ya / ia): the surname's majority decides both.
        Lines("Spokesman Yurii Ihnat spoke on Monday. Ihnat said the radars held. Ihnat left. A note named Yuriy Ignat as its author.").ShouldBe(
        [
            "a.txt(1,93,1,98): info ED1001: 'Yuriy' is spelled 'Yurii' elsewhere in this article => Yurii",
            "a.txt(1,99,1,104): info ED1001: 'Ignat' is spelled 'Ihnat' elsewhere in this article => Ihnat",
        ]);
        Lines("Envoy Vassily Dorenzia spoke. Dorenzia left. Dorenzia returned. A caption named Vasily Dorenzya.").ShouldBe(
        [
            "a.txt(1,81,1,87): info ED1001: 'Vasily' is spelled 'Vassily' elsewhere in this article => Vassily",
            "a.txt(1,88,1,96): info ED1001: 'Dorenzya' is spelled 'Dorenzia' elsewhere in this article => Dorenzia",
        ]);
        // A slip in one part while the other keeps its spelling.
        Lines("Tomasz Brenner spoke. Tomasz Brenner left. Later Tomsaz Brenner returned.").ShouldBe(
        [
            "a.txt(1,50,1,56): info ED1001: 'Tomsaz' is spelled 'Tomasz' elsewhere in this article => Tomasz",
        ]);
        // Slips in both parts, a particle in one name only, or a part that pairs with nothing: two people.
        Lines("Karin Lindqvist spoke. Lindqvist left. Karen Lindquist arrived.").ShouldBeEmpty();
        Lines("Omar bin Haddad spoke. Omar Haddad spoke too. Omar bin Haddad left.").ShouldBeEmpty();
        Lines("Pavel Sorokin spoke. Pavel Sorokin left. Pyotr Sorokin arrived.").ShouldBeEmpty();
    }

    [Fact]
    public void An_inner_part_of_a_full_name_written_alone_names_that_person()
    {
        Lines("President Alvaro Peña Rubio spoke. Alvaro Peña Rubio left. Later President Pena said talks would go on.").ShouldBe(
        [
            "a.txt(1,76,1,80): info ED1001: 'Pena' is spelled 'Peña' elsewhere in this article => Peña",
        ]);
        // A surname of another full name too: alone, it may be either person.
        Lines("President Alvaro Peña Rubio spoke. Alvaro Peña Rubio left. Carlos Peña waved. Later President Pena said talks would go on.")
            .ShouldBeEmpty();
        // Only a word spelled as the inner part, diacritics aside: a lone name the family key folds to it by other letters
        // ("Barron" and "Baron") is another person's, as a lone word names no one by the middle of a longer name.
        Lines("The comic Jonah Baron Fisk toured the coast this year.\n\nThe mayor's son Barron was at the fair. Barron went home early.")
            .ShouldBeEmpty();
    }

    [Fact]
    public void A_designation_written_closed_hyphenated_or_spaced_is_one_name()
    {
        Lines("The B-52 flew low. Two B-52 bombers landed. A B52 circled.").ShouldBe(
        [
            "a.txt(1,47,1,50): info ED1001: 'B52' is spelled 'B-52' elsewhere in this article => B-52",
        ]);
        Lines("Drones of the Vektor-212 type hit the port. A Vektor-212 fell. The Vektor 212 has a delta wing.").ShouldBe(
        [
            "a.txt(1,68,1,78): info ED1001: 'Vektor 212' is spelled 'Vektor-212' elsewhere in this article => Vektor-212",
        ]);
        // A word and a number spaced are a designation only beside its one-word form; an ordinary word numbered is none, and
        // a month or a day with its number is a date, however it is joined.
        Lines("The F-16 and the F-15 flew. Talks on Article 5 went on. Staff left No 10 on Monday, and No10 was quiet.").ShouldBeEmpty();
        Lines("Update 23-April-2025: the patch shipped on 1 April 2025, and a second one on 3 April 2025.").ShouldBeEmpty();
    }

    [Fact]
    public void Accents_and_apostrophes_written_with_other_characters_are_one_spelling()
    {
        Lines("Gerhard Schro\u0308der spoke. Schröder left. O’Brien and O'Brien met.").ShouldBeEmpty();
    }

    [Fact]
    public void A_name_written_against_the_acronym_the_article_mostly_uses_is_a_variant_either_way()
    {
        Lines("The probe was built by NASA engineers. A rocket from NASA lifted it. Later the data went to Nasa scientists.").ShouldBe(
        [
            "a.txt(1,93,1,97): info ED1001: 'Nasa' is spelled 'NASA' elsewhere in this article => NASA",
        ]);
        // Opening a sentence of prose, a name no word list knows is written so; opening a quoted post it is the poster's.
        Lines("Staff at NASA met. Staff at NASA agreed. \"Nasa lies\" was the post. Nasa has said so.").ShouldBe(
        [
            "a.txt(1,68,1,72): info ED1001: 'Nasa' is spelled 'NASA' elsewhere in this article => NASA",
        ]);
        Lines("Troops of Nato allies arrived. The Nato summit ended. Envoys said NATO members would pay.").ShouldBe(
        [
            "a.txt(1,67,1,71): info ED1001: 'NATO' is spelled 'Nato' elsewhere in this article => Nato",
        ]);
        // Capitals that head a longer name are that name's: a bill titled in capitals beside the company it is named after.
        Lines("Trading at Quillco stopped. Quillco traders were fined. The senator wrote the QUILLCO Act to ban such trades.").ShouldBeEmpty();
        // An English word capitalised in a name and an acronym that spells it are two words: the ACT party and the Harbour Act.
        Lines("Leaders of ACT met. ACT said so. Under the Act the pier is public.").ShouldBeEmpty();
        // A name written capitalised more often in longer names than in capitals is no acronym's departure, though only one
        // stands alone: a release that prints a senator's name in capitals as the Congressional Record does, twice.
        Lines("Senator KRAYLE objected. We wrote to Senator Krayle and Senator Krayle replied. As Senator KRAYLE said, Senator "
              + "Krayle chaired it then. I worked with then-Chairman Krayle on it.").ShouldBeEmpty();
    }

    [Fact]
    public void Capitals_in_labels_credits_headlines_and_shouted_text_and_plurals_of_acronyms_are_no_case_variant()
    {
        // A caption's label and a photo credit, a headline in capitals, a crowd's chant, an acronym's plural.
        Lines("A soldier waits. (AP Photo/File) FILE - A tank rolls on. The file was shown. Another file was lost.").ShouldBeEmpty();
        Lines("# NASA FLIES AGAIN\n\nThe agency said Nasa would fly. Engineers at Nasa agreed.\n", path: "a.md").ShouldBeEmpty();
        Lines("The crowd chanted ORBAN ORBAN at the rally. Orban smiled. Later Orban left.").ShouldBeEmpty();
        Lines("Two NGOs helped. The NGOS list grew. The NGOS office shut.").ShouldBeEmpty();
        // An ordinary word in capitals is the writer's emphasis, no acronym a capitalised form departs from.
        Lines("Crews said it was REALLY late. Riders said it was REALLY slow. The mayor said it is Really, REALLY bad.").ShouldBeEmpty();
        // A transcript's speaker labels in capitals, a title's abbreviation first.
        Lines("Sam Roe asked Rep. Ann Lee about the ferry.\n\nREP. ANN LEE, D-N.Y.: It sails at noon.\n\nREP. BO KIM, R-GA: It does not.\n").ShouldBeEmpty();
        // Twice as often is the least that decides: two against one each way is no majority of a form over the other.
        Lines("Staff at Nasa met. Staff at NASA agreed. Staff at NASA left. Staff at Nasa stayed.").ShouldBeEmpty();
    }
}
