namespace Editorial.Tests.Spelling;

/// <summary>
/// Conformance with the valid and invalid cases of textlint-rule-terminology's test suite (sapegin/textlint-rule-terminology,
/// src/index.test.ts), expressed as an Editorial profile: every invalid case is reported with the same fix, and no valid
/// case is reported. The cases are Markdown there, and here.
/// </summary>
public class TerminologyTests
{
    private const string Profile = """
        name: terms
        spellings:
          - preferred: GitHub
          - preferred: JavaScript
          - preferred: webpack
          - preferred: YAML
          - preferred: HTTP
          - preferred: internet
          - preferred: bugfix
            variants: [bug-fix, bug fix]
          - preferred: changelog
            variants: [change log]
          - preferred: source map
            variants: [source-map, sourcemap]
        """;

    // The suite's second configuration: a user's own term that overrides a default one's case.
    private const string LowerProfile = """
        name: terms-lower
        extends: terms
        spellings:
          - preferred: wordpress
        """;

    private static readonly Engine.EditorialEngine Engine = new(
        Profiles.ProfileSet.Load([new("rules/terms.yml", Profile), new("rules/terms-lower.yml", LowerProfile)]), SpellingCheck.Rules);

    private static List<string> Lines(string text, string outlet = "terms") =>
        Engine.Check([new("a.md", text, new(defaultOutlet: outlet))]).Select(SpellingCheck.Line).ToList();

    [Fact]
    public void Entries_that_name_only_their_preferred_form_are_valid_profile_entries()
    {
        Profiles.ProfileSet.Load([new("rules/terms.yml", Profile), new("rules/terms-lower.yml", LowerProfile)]).Diagnostics.ShouldBeEmpty();
    }

    [Theory]
    [InlineData("A Github\n", "a.md(1,3,1,9): warning ED1002: 'Github' is spelled 'GitHub' in terms style => GitHub")]
    [InlineData("My Javascript is good too", "a.md(1,4,1,14): warning ED1002: 'Javascript' is spelled 'JavaScript' in terms style => JavaScript")]
    [InlineData("My Internet is good", "a.md(1,4,1,12): warning ED1002: 'Internet' is spelled 'internet' in terms style => internet")]
    [InlineData("My bug-fix is good", "a.md(1,4,1,11): warning ED1002: 'bug-fix' is spelled 'bugfix' in terms style => bugfix")]
    [InlineData("My bug-fixes are good", "a.md(1,4,1,13): warning ED1002: 'bug-fixes' is spelled 'bugfixes' in terms style => bugfixes")]
    [InlineData("My **Javascript** is good", "a.md(1,6,1,16): warning ED1002: 'Javascript' is spelled 'JavaScript' in terms style => JavaScript")]
    [InlineData("yaml files", "a.md(1,1,1,5): warning ED1002: 'yaml' is spelled 'YAML' in terms style => YAML")]
    public void Each_invalid_case_is_reported_once_with_the_same_fix(string text, string expected) => Lines(text).ShouldBe([expected]);

    [Fact]
    public void Several_terms_in_one_sentence_keep_their_plural()
    {
        Lines("Write change logs about source-maps").ShouldBe(
        [
            "a.md(1,7,1,18): warning ED1002: 'change logs' is spelled 'changelogs' in terms style => changelogs",
            "a.md(1,25,1,36): warning ED1002: 'source-maps' is spelled 'source maps' in terms style => source maps",
        ]);
    }

    [Fact]
    public void A_user_term_overrides_the_case_of_an_inherited_one()
    {
        Lines("My WordPress is good too", "terms-lower").ShouldBe(
        [
            "a.md(1,4,1,13): warning ED1002: 'WordPress' is spelled 'wordpress' in terms-lower style => wordpress",
        ]);
        Lines("This wordpress word is OK", "terms-lower").ShouldBeEmpty();
    }

    [Theory]
    [InlineData("My JavaScript is good")]
    [InlineData("My `javascript` is good")]
    [InlineData("My [code](http://example.com/javascript) is good")]
    [InlineData("Webpack is good")]
    [InlineData("Your javascriptish code")]
    [InlineData("javascriptish")]
    [InlineData("Your uberjavascript code")]
    [InlineData("uberjavascript")]
    [InlineData("Install javascript-some-plugin here")]
    [InlineData("javascript-some-plugin")]
    [InlineData("Install some-plugin-javascript here")]
    [InlineData("some-plugin-javascript")]
    [InlineData("I think Internet Explorer 6 is the best browser!")]
    [InlineData("We should all use XMLHttpRequest everywhere")]
    [InlineData("foo.yaml")]
    [InlineData("foo-yaml.txt")]
    [InlineData("foo_yaml.txt")]
    [InlineData("foo-yaml-bar.txt")]
    [InlineData("foo_yaml_bar.txt")]
    [InlineData("fooyaml.txt")]
    public void No_valid_case_is_reported(string text) => Lines(text).ShouldBeEmpty();
}
