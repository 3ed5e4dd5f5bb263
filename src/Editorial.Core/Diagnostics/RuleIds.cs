namespace Editorial.Diagnostics;

/// <summary>
/// Every diagnostic ID, once. Descriptors take their ID from here, and hosts name a rule by its constant rather than by
/// a string literal. The ranges: ED1xxx spelling, ED2xxx figures, ED3xxx attribution, ED4xxx copy hygiene,
/// ED9xxx input, configuration and internal errors.
/// </summary>
public static class RuleIds
{
    // ED1xxx spelling
    public const string InconsistentSpelling = "ED1001";
    public const string OutletSpelling = "ED1002";
    public const string MixedRegionalSpelling = "ED1003";
    public const string LowercaseProperNoun = "ED1004";
    public const string OutletConsistency = "ED1005";
    public const string AbbreviationStyle = "ED1006";
    public const string HonorificStyle = "ED1007";
    public const string TimeFormat = "ED1008";
    public const string MisspeltWord = "ED1009";

    // ED2xxx figures
    public const string ConflictingFiguresInArticle = "ED2001";
    public const string ConflictingFiguresAcrossStory = "ED2002";
    public const string MismatchedUnitConversion = "ED2003";
    public const string SourcesDisagreeOnFigure = "ED2004";
    public const string UpdatedFigure = "ED2005";

    // ED3xxx attribution
    public const string UnattributedQuotation = "ED3001";
    public const string UnsourcedFigure = "ED3002";
    public const string VagueSourcing = "ED3003";
    public const string UnbalancedQuotationMarks = "ED3004";

    // ED4xxx copy hygiene
    public const string PastedDebris = "ED4001";
    public const string RepeatedText = "ED4002";
    public const string StrayPunctuation = "ED4003";
    public const string QuotationStyle = "ED4004";
    public const string RepeatedWord = "ED4005";
    public const string DashAndEllipsisStyle = "ED4006";
    public const string NumberStyle = "ED4007";
    public const string OutletQuotationStyle = "ED4008";
    public const string GarbledCharacters = "ED4009";

    // ED9xxx input, configuration and internal errors
    public const string InternalError = "ED9000";
    public const string UnreadableFile = "ED9001";
    public const string NotText = "ED9002";
    public const string FileTooLarge = "ED9003";
    public const string InvalidProfile = "ED9004";
    public const string UnknownOutlet = "ED9005";
    public const string InvalidConfigurationValue = "ED9006";
    public const string InvalidFrontMatter = "ED9007";
    public const string MarkupNotRead = "ED9008";
    public const string FiguresNotAllRead = "ED9009";
    public const string ConfigurationLineNotRead = "ED9010";
    public const string SectionSeverityIgnored = "ED9011";
}
