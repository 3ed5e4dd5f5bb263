using System;
using System.IO;
using System.Reflection;

namespace Editorial.Text;

/// <summary>The data files embedded from src/Editorial.Core/Data (logical name <c>Editorial.Data.&lt;file&gt;</c>): word lists
/// and the figure reader's vocabulary, which ship inside the engine.</summary>
internal static class EmbeddedData
{
    public static Stream Open(string name) =>
        typeof(EmbeddedData).GetTypeInfo().Assembly.GetManifestResourceStream("Editorial.Data." + name)
        ?? throw new InvalidOperationException("Missing embedded data file " + name);
}
