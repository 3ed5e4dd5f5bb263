namespace Editorial.Diagnostics;

/// <summary>Categories, one per ID range: ED1xxx spelling, ED2xxx figures, ED3xxx attribution, ED4xxx copy hygiene, ED9xxx configuration.</summary>
public static class RuleCategory
{
    public const string Spelling = "Spelling";
    public const string Figures = "Figures";
    public const string Attribution = "Attribution";
    public const string Hygiene = "Hygiene";
    public const string Configuration = "Configuration";
}
