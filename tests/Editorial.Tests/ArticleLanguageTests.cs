using Editorial.Configuration;
using Editorial.Engine;

namespace Editorial.Tests;

/// <summary>The rules read English: an article in another language, declared or read from its prose, gets no rule's findings,
/// only its configuration problems.</summary>
public class ArticleLanguageTests
{
    private static List<string> Check(string path, string text, Dictionary<string, string>? options = null) =>
        new EditorialEngine().Check([new ArticleInput(path, text, options is null ? ArticleSettings.Empty : new ArticleSettings(options))])
            .Select(d => $"{d.Location.Path}{d.Location.LineSpan}: {d.Id}: {d.Message}").ToList();

    // A stray space before a comma (ED4003) in each: a finding wherever the rules read the article.
    private const string English =
        "The harbour council voted on Tuesday , and the ferry will sail again in May. It is the first vote on the crossing since the storm.\n";

    private const string French =
        "Le conseil du port a voté mardi , et le ferry reprendra la mer en mai. C'est le premier vote sur la traversée depuis la tempête, "
        + "et les habitants de l'île attendent avec impatience que les horaires soient publiés dans la presse locale.\n";

    private const string Spanish =
        "El consejo del puerto votó el martes , y el ferry volverá a navegar en mayo. Es la primera votación sobre la travesía desde la "
        + "tormenta, pero los vecinos de la isla esperan que los horarios se publiquen para que sus hijos puedan ir a la escuela.\n";

    // Dutch writes "in" and "is" as English does: they count for neither language.
    private const string Dutch =
        "De havenraad heeft dinsdag gestemd , en de veerboot vaart in mei weer. Het is de eerste stemming over de overtocht sinds "
        + "de storm, maar de bewoners van het eiland wachten nog op de dienstregeling. Die is er pas als de raad het plan heeft "
        + "goedgekeurd, en dat kan nog een maand duren. Wie in het dorp is, is in de haven of is in de kerk.\n";

    private const string Indonesian =
        "Dewan pelabuhan memberikan suara pada hari Selasa , dan kapal feri akan berlayar lagi pada bulan Mei. Ini adalah pemungutan "
        + "suara pertama tentang penyeberangan sejak badai, dan warga pulau itu sudah menunggu jadwal yang baru untuk anak-anak mereka.\n";

    private const string Turkish =
        "Liman meclisi salı günü oy kullandı , ve feribot mayısta yeniden sefere başlayacak. Bu, fırtınadan sonra geçiş için yapılan "
        + "ilk oylama, ancak ada halkı yeni tarifeyi bekliyor ve okul için daha çok sefer olarak bir çözüm istiyor.\n";

    // An American county's release printed again in Vietnamese.
    private const string Vietnamese =
        "Hội đồng cảng đã bỏ phiếu vào thứ Ba , và phà sẽ chạy lại vào tháng Năm. Đây là cuộc bỏ phiếu đầu tiên về tuyến phà kể từ "
        + "cơn bão, và người dân trên đảo đang chờ lịch trình mới cho các con của họ.\n";

    private const string Russian =
        "Совет порта проголосовал во вторник , и паром снова выйдет в море в мае. Это первое голосование о переправе после шторма.\n";

    [Fact]
    public void An_english_article_is_checked()
    {
        Check("a.txt", English).ShouldBe(["a.txt(1,38,1,39): ED4003: Space before ','"]);
    }

    [Theory]
    [InlineData(French)]
    [InlineData(Spanish)]
    [InlineData(Russian)]
    [InlineData(Dutch)]
    [InlineData(Indonesian)]
    [InlineData(Turkish)]
    [InlineData(Vietnamese)]
    public void An_article_whose_prose_reads_as_another_language_gets_no_finding(string text)
    {
        Check("a.txt", text).ShouldBeEmpty();
    }

    [Fact]
    public void An_english_article_that_quotes_another_language_is_checked()
    {
        var text = English + "\n\"Le conseil a voté et la traversée reprend en mai,\" the mayor wrote in the island's paper, which "
            + "printed the timetable for the whole of the summer and the names of the crews that will sail it.\n";
        Check("a.txt", text).ShouldBe(["a.txt(1,38,1,39): ED4003: Space before ','"]);
    }

    [Fact]
    public void A_passage_in_another_language_of_an_english_article_gets_no_finding()
    {
        // The English text, then a translation of its first paragraph: the translation's paragraph is no English prose, and a
        // finding whose evidence stands there is none either. The English paragraphs are still read.
        var text = English + "\n" + French + "\nThe ferry company said that the timetable of the crossing will be in the paper by April , and that "
            + "the crews of the island have trained for it all winter. It is the first of the summer timetables to be printed.\n";
        Check("a.txt", text).ShouldBe(["a.txt(1,38,1,39): ED4003: Space before ','", "a.txt(5,89,5,90): ED4003: Space before ','"]);
    }

    [Fact]
    public void A_worker_s_words_quoted_in_italian_get_no_finding()
    {
        // Italian shares "in" with English and writes its articles as French does ("la", "le"): a testimony in its own words.
        const string italian = "All'inizio la chiusura ha provocato tanta rabbia , perché lavoro in porto dal novantasei: ho iniziato quando "
            + "ero ancora una bimba. Mi ha fatto rabbia perché hanno portato via il nostro marchio, e la nave l'abbiamo fatta crescere noi, col nostro lavoro.\n";
        var text = English + "\n" + italian + "\nThe ferry company said that the timetable of the crossing will be in the paper by April , and that "
            + "the crews of the island have trained for it all winter. It is the first of the summer timetables to be printed.\n";
        Check("a.txt", text).ShouldBe(["a.txt(1,38,1,39): ED4003: Space before ','", "a.txt(5,89,5,90): ED4003: Space before ','"]);
    }

    [Fact]
    public void Sentences_in_another_language_inside_an_english_paragraph_get_no_finding()
    {
        // A post quoted in English, then in its own words in the same paragraph: the French sentences are no English prose, and
        // "familles" is no spelling of "families". The English sentences around them are still read.
        var text = "\"Our thoughts go to the families of the crew ,\" the mayor wrote. Le conseil du port pense aux familles , "
            + "et la ville est avec elles. Les habitants sont avec les familles des marins. The families thanked her on Monday.\n";
        Check("a.txt", text).ShouldBe(["a.txt(1,46,1,47): ED4003: Space before ','"]);
        // One short sentence is too little to tell ("C'est la vie" inside English).
        Check("a.txt", "The ferry sank, and the crew swam. C'est la vie , he said. The families waited on the pier.\n")
            .ShouldBe(["a.txt(1,49,1,50): ED4003: Space before ','"]);
    }

    [Fact]
    public void Dutch_sentences_that_share_is_and_of_with_english_inside_an_english_paragraph_get_no_finding()
    {
        // A post quoted in Dutch, flattened into the English paragraph: "is" and "of" are Dutch too, so they do not make the
        // sentences English, and the sentence with no function word of any language ("Haven open voor iedereen , altijd.")
        // goes with the Dutch run it opens. The English sentences around it are still read.
        var text = "The council wrote that the harbour is open to all , whatever their boat. Haven open voor iedereen , altijd. "
            + "Het is een feit , ook voor onze vissers. Laat het duidelijk zijn dat elke boot welkom is , groot of klein. "
            + "The ferry crews said they welcomed the note , and sailed at dawn.\n";
        Check("a.txt", text).ShouldBe(["a.txt(1,51,1,52): ED4003: Space before ','", "a.txt(1,260,1,261): ED4003: Space before ','"]);
    }

    [Fact]
    public void A_short_example_in_another_language_with_no_english_function_word_gets_no_finding()
    {
        // A guide's examples, each line in French and then in English: two French function words and no English one make a
        // line French, too short as it is to give five. Its English translation is still read.
        var text = English + "\n- Le personnel est responsable du rapport , chaque semaine.\n  - The staff are responsible for the report , every week.\n";
        Check("a.md", text).ShouldBe(["a.md(1,38,1,39): ED4003: Space before ','", "a.md(4,46,4,47): ED4003: Space before ','"]);
    }

    [Fact]
    public void A_line_of_maori_in_new_zealand_copy_gets_no_finding_and_english_with_maori_words_is_checked()
    {
        // The proverb is quoted a line at a time, then put into English; "te reo" and "iwi" in an English sentence leave it English.
        var text = English + "\nKua kai tātou i ngā kai o te māra , i tiria e ō tātou tīpuna.\n\n"
            + "We have eaten from the garden our ancestors sowed , the iwi leader said in te reo at the launch of the ferry.\n";
        Check("a.txt", text).ShouldBe(["a.txt(1,38,1,39): ED4003: Space before ','", "a.txt(5,51,5,52): ED4003: Space before ','"]);
    }

    [Fact]
    public void An_article_declared_english_that_alternates_english_and_another_language_has_its_english_paragraphs_checked()
    {
        // Paragraph by paragraph, each followed by its translation: the whole reads as another language, the declaration says
        // English, and the English paragraphs are what it is about.
        var text = "---\nlang: en\n---\n" + English + "\n" + Russian + "\n" + English.Replace("storm", "winter") + "\n" + Russian;
        Check("a.md", text).ShouldBe(["a.md(4,38,4,39): ED4003: Space before ','", "a.md(8,38,8,39): ED4003: Space before ','"]);
    }

    [Fact]
    public void The_words_of_a_passage_in_another_language_are_no_evidence_for_the_english_text()
    {
        // The translation writes the company's name its own way three times: that is no majority for the English text, whose
        // own two to one decides, and whose finding stands.
        var text = "The FerryLink company said on Tuesday that the crossing will run again in May, and that FerryLink crews are ready.\n\n"
            + "Le groupe Ferrylink a dit mardi que la traversée reprendra en mai, et que les équipes de Ferrylink sont prêtes pour "
            + "la saison. Ferrylink publiera les horaires dans la presse.\n\n"
            + "It is the first season since the storm, and the Ferrylink timetable will be in the paper by April.\n";
        Check("a.txt", text).ShouldBe(["a.txt(5,49,5,58): ED1001: 'Ferrylink' is spelled 'FerryLink' elsewhere in this article"]);
    }

    [Fact]
    public void Prose_with_few_function_words_of_any_language_is_checked_as_english()
    {
        Check("a.md", "# Release 2.4\n\n- Ferry timetable: night crossings , weekend fares.\n- Harbour map: new piers.\n")
            .ShouldBe(["a.md(3,36,3,37): ED4003: Space before ','"]);
    }

    [Theory]
    [InlineData("---\nlang: fr\n---\n" + English, "a.md")]
    [InlineData("---\nlanguage: de-CH\n---\n" + English, "a.md")]
    [InlineData("<html lang=\"fr\"><body><p>" + English + "</p></body></html>", "a.html")]
    public void A_language_the_article_declares_decides(string text, string path)
    {
        Check(path, text).ShouldBeEmpty();
    }

    [Theory]
    // A character set where the language belongs, as a magazine's template writes on every page, declares no language: the
    // prose decides. A lone letter after a hyphen is no subtag of a tag.
    [InlineData("<html lang=\"utf-8\" xml:lang=\"utf-8\"><body><p>" + English + "</p></body></html>")]
    [InlineData("<html lang=\"iso-8859-1\"><body><p>" + English + "</p></body></html>")]
    public void A_lang_that_is_no_language_tag_leaves_the_page_to_its_prose(string text)
    {
        Check("a.html", text).Single().ShouldEndWith("ED4003: Space before ','");
    }

    [Fact]
    public void A_page_s_html_lang_of_english_yields_to_prose_in_another_language_and_the_first_html_element_s_counts()
    {
        // A template's default: lang="en" on a French site's page. Its prose decides.
        Check("a.html", "<html lang=\"en\"><body><p>" + French + "</p></body></html>").ShouldBeEmpty();
        Check("a.html", "<html lang=\"en\"><body><p>" + English + "</p></body></html>").ShouldBe(["a.html(1,63,1,64): ED4003: Space before ','"]);
        // A second html element, as a template may write, adds nothing: the first declares French.
        Check("a.html", "<html lang=\"fr\"><html lang=\"en\"><body><p>" + English + "</p></body></html>").ShouldBeEmpty();
        // Front matter is the writer's own declaration, and still decides.
        Check("a.html", "---\nlang: en\n---\n<p>" + French + "</p>").Count.ShouldBe(1);
    }

    [Theory]
    [InlineData("about.fr.md")]
    [InlineData("posts/ferry/index.pt-br.md")]
    [InlineData("docs\\README.de.md")]
    public void A_language_code_before_the_extension_declares_the_language_as_hugo_names_translations(string path)
    {
        // The prose reads as English; the file name says it is a translation.
        Check(path, English).ShouldBeEmpty();
    }

    [Fact]
    public void A_file_name_that_says_english_or_names_no_language_is_checked()
    {
        Check("about.en.md", English).ShouldBe(["about.en.md(1,38,1,39): ED4003: Space before ','"]);
        // Parts of a file name that are English words or no language code name no language.
        Check("how.to.md", English).ShouldBe(["how.to.md(1,38,1,39): ED4003: Space before ','"]);
        Check("ferry.v2.md", English).ShouldBe(["ferry.v2.md(1,38,1,39): ED4003: Space before ','"]);
        // The front matter speaks for the article before its file name.
        Check("about.fr.md", "---\nlang: en\n---\n" + English).ShouldBe(["about.fr.md(4,38,4,39): ED4003: Space before ','"]);
    }

    [Fact]
    public void An_english_paragraph_that_uses_in_and_is_often_is_still_english()
    {
        const string text = "The ferry is in port. It is in the harbour that is in the bay , and it is in good repair.\n";
        Check("a.txt", text).ShouldBe(["a.txt(1,63,1,64): ED4003: Space before ','"]);
    }

    [Fact]
    public void An_article_that_declares_english_is_checked_whatever_its_prose()
    {
        // Its French words stand beside each other, so none is read as an English slip ("attendent" beside "avec").
        Check("a.md", "---\nlang: en-GB\n---\n" + French).ShouldBe(["a.md(4,33,4,34): ED4003: Space before ','"]);
    }

    [Fact]
    public void Editorial_language_sets_the_language_of_a_folder_where_an_article_declares_none()
    {
        Check("a.txt", English, new() { ["editorial.language"] = "fr" }).ShouldBeEmpty();
        Check("a.txt", French, new() { ["editorial.language"] = "en" }).ShouldBe(["a.txt(1,33,1,34): ED4003: Space before ','"]);
        Check("a.md", "---\nlang: en\n---\n" + English, new() { ["editorial.language"] = "fr" }).ShouldBe(["a.md(4,38,4,39): ED4003: Space before ','"]);
    }

    [Fact]
    public void An_editorial_language_that_is_no_language_tag_is_ED9006_and_the_prose_decides()
    {
        Check("a.txt", English, new() { ["editorial.language"] = "French" }).ShouldBe([
            "a.txt(1,1,1,1): ED9006: Invalid value 'French' for 'editorial.language': a language tag is expected, such as en, en-GB or fr",
            "a.txt(1,38,1,39): ED4003: Space before ','",
        ]);
    }

    [Fact]
    public void An_article_in_another_language_still_has_its_configuration_problems_reported()
    {
        Check("a.md", "---\ndate: mardi\n---\n" + French).ShouldBe(
            ["a.md(2,7,2,7): ED9007: front matter date 'mardi' is not a date (2024-05-01, or a date and time), so the figure rules do not know when the article was written"]);
    }
}
