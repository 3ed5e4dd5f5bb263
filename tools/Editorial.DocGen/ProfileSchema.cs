using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Editorial.Diagnostics;
using Editorial.Profiles;

namespace Editorial.DocGen;

/// <summary>
/// The JSON Schema of an outlet profile (<c>rules/*.yml</c>), for editors that complete and check YAML against a schema
/// (the YAML language server, JetBrains IDEs). The profile's own keys are fixed; the settings with their values, the list
/// names and the rule IDs come from the catalog's vocabulary, which the rules declare, so the schema says what the
/// loader accepts (ED9004 for anything else).
/// </summary>
public static class ProfileSchema
{
    public const string Path = "docs/schema/editorial-profile.schema.json";

    public const string Id = "https://raw.githubusercontent.com/editorial-tools/editorial/main/" + Path;

    public static string Generate(ProfileVocabulary vocabulary)
    {
        using var stream = new MemoryStream();
        using (var json = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            json.WriteStartObject();
            json.WriteString("$schema", "http://json-schema.org/draft-07/schema#");
            json.WriteString("$id", Id);
            json.WriteString("title", "Editorial outlet profile");
            json.WriteString("description", "An outlet profile (rules/*.yml). Generated from the rule catalog by `" + RuleDocs.RegenerateCommand + "`.");
            json.WriteString("type", "object");
            json.WriteBoolean("additionalProperties", false);
            json.WriteStartObject("properties");
            Text(json, "name", "The profile's name, which editorial.outlet and --outlet use; by default the file's name.");
            Text(json, "title", "How messages name the outlet (\"Associated Press style\").");
            Text(json, "extends", "The profile this one adds to (default, ap, reuters...); its spellings, settings, lists and severities apply unless this one overrides them.");
            Choice(json, "locale", "Regional spelling of the outlet's copy (ED1003): American for en-US, British for en-GB and the Englishes that spell as Britain does.",
                [.. OutletProfile.SpellingOfLocale.Keys]);
            Text(json, "source", "Where the profile's choices come from (a style guide, published copy).");
            Spellings(json);
            Settings(json, vocabulary);
            Lists(json, vocabulary);
            RemoveFromLists(json, vocabulary);
            Severities(json, vocabulary);
            Examples(json, vocabulary);
            json.WriteEndObject();
            json.WriteEndObject();
        }
        return Encoding.UTF8.GetString(stream.ToArray()).Replace("\r\n", "\n") + "\n";
    }

    private static void Spellings(Utf8JsonWriter json) =>
        ListOfEntries(json, "spellings", "The outlet's spellings (ED1002): a preferred form and the variants reported in its place.", ["preferred"], () =>
        {
            Text(json, "preferred", "The form the outlet writes.");
            Strings(json, "variants", "Forms reported in its place; without any, the preferred form's other case forms are its variants.");
            Text(json, "since", "The date (yyyy-mm-dd) from which the choice holds; an article's date decides.");
            Strings(json, "exceptions", "Phrases in which a variant stays (\"chicken Kiev\").");
            Choice(json, "scope", "Where the entry applies.", ["all", "body", "headline"]);
            json.WriteStartObject("match-case");
            json.WriteString("description", "Match variants in their case only (\"US\", not \"us\").");
            json.WriteString("type", "boolean");
            json.WriteEndObject();
            Text(json, "source", "Where the choice comes from.");
        });

    private static void Settings(Utf8JsonWriter json, ProfileVocabulary vocabulary) =>
        Map(json, "settings", "Style choices the rules read.", vocabulary.Settings, setting =>
        {
            json.WriteStartObject(setting.Key);
            json.WriteString("description", setting.Default is null ? setting.Description : $"{setting.Description} (default: {setting.Default})");
            json.WriteStartArray("enum");
            foreach (var value in setting.Values)
            {
                json.WriteStringValue(value);
                // YAML reads an unquoted true or false as a boolean; the loader takes either.
                if (value is "true" or "false") json.WriteBooleanValue(value == "true");
            }
            json.WriteEndArray();
            json.WriteEndObject();
        });

    private static void Lists(Utf8JsonWriter json, ProfileVocabulary vocabulary) =>
        Map(json, "lists", "Phrase lists the rules read; a profile adds to the lists of the profile it extends.", vocabulary.ListNames,
            name => Strings(json, name, null));

    private static void RemoveFromLists(Utf8JsonWriter json, ProfileVocabulary vocabulary) =>
        Map(json, "remove-from-lists", "Entries of the extended profile's lists that this outlet does not want, removed before `lists` adds its own; each must be in the extended list.",
            vocabulary.ListNames, name => Strings(json, name, null));

    private static void Severities(Utf8JsonWriter json, ProfileVocabulary vocabulary) =>
        Map(json, "severities", "The severity of a rule for this outlet.", vocabulary.RuleIds, id =>
        {
            json.WriteStartObject(id);
            Enum(json, SeverityNames.Accepted);
            json.WriteEndObject();
        });

    /// <summary>An object that takes exactly the given keys, each written by <paramref name="writeKey"/>.</summary>
    private static void Map<T>(Utf8JsonWriter json, string name, string description, IEnumerable<T> keys, Action<T> writeKey)
    {
        json.WriteStartObject(name);
        json.WriteString("description", description);
        json.WriteString("type", "object");
        json.WriteBoolean("additionalProperties", false);
        json.WriteStartObject("properties");
        foreach (var key in keys) writeKey(key);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Examples(Utf8JsonWriter json, ProfileVocabulary vocabulary) =>
        ListOfEntries(json, "examples", "Self-tests: a text and the rule IDs the profile must report on it (the profile tests run them).", [], () =>
        {
            Text(json, "text", "The text checked with this profile.");
            Text(json, "date", "The article date the text is checked as (yyyy-mm-dd).");
            json.WriteStartObject("reports");
            json.WriteString("description", "The rule IDs reported on the text.");
            json.WriteString("type", "array");
            json.WriteStartObject("items");
            Enum(json, vocabulary.RuleIds);
            json.WriteEndObject();
            json.WriteEndObject();
        });

    /// <summary>An array of objects that take exactly the keys <paramref name="writeProperties"/> writes.</summary>
    private static void ListOfEntries(Utf8JsonWriter json, string name, string description, IReadOnlyList<string> required, Action writeProperties)
    {
        json.WriteStartObject(name);
        json.WriteString("description", description);
        json.WriteString("type", "array");
        json.WriteStartObject("items");
        json.WriteString("type", "object");
        json.WriteBoolean("additionalProperties", false);
        if (required.Count > 0)
        {
            json.WriteStartArray("required");
            foreach (var key in required) json.WriteStringValue(key);
            json.WriteEndArray();
        }
        json.WriteStartObject("properties");
        writeProperties();
        json.WriteEndObject();
        json.WriteEndObject();
        json.WriteEndObject();
    }

    /// <summary>A key that takes one of <paramref name="values"/>.</summary>
    private static void Choice(Utf8JsonWriter json, string key, string description, IEnumerable<string> values)
    {
        json.WriteStartObject(key);
        json.WriteString("description", description);
        Enum(json, values);
        json.WriteEndObject();
    }

    private static void Text(Utf8JsonWriter json, string key, string description)
    {
        json.WriteStartObject(key);
        json.WriteString("description", description);
        json.WriteString("type", "string");
        json.WriteEndObject();
    }

    private static void Strings(Utf8JsonWriter json, string key, string? description)
    {
        json.WriteStartObject(key);
        if (description is not null) json.WriteString("description", description);
        json.WriteString("type", "array");
        json.WriteStartObject("items");
        json.WriteString("type", "string");
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void Enum(Utf8JsonWriter json, IEnumerable<string> values)
    {
        json.WriteStartArray("enum");
        foreach (var value in values) json.WriteStringValue(value);
        json.WriteEndArray();
    }
}
