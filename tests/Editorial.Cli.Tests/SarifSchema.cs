using System.Formats.Tar;
using System.IO.Compression;
using System.Security.Cryptography;

namespace Editorial.Cli.Tests;

/// <summary>
/// The SARIF 2.1.0 JSON schema, obtained at test time from a package on the npm registry rather than kept in this
/// repository: <c>@microsoft/jest-sarif</c> 1.0.0-beta.0 (MIT, Microsoft's SARIF SDK for JavaScript) ships it as
/// <c>lib/schemas/sarif-2.1.0-rtm.5.json</c>, the 2.1.0 schema at its last release candidate (rtm.5), which is the
/// version schemastore serves for SARIF 2.1.0. The tarball is fetched with <c>npm pack</c>, the file is checked against a
/// pinned SHA-256 and cached in the temp folder, so later runs need neither npm nor the network.
/// </summary>
internal static class SarifSchema
{
    public const string Package = "@microsoft/jest-sarif@1.0.0-beta.0";
    private const string EntryName = "package/lib/schemas/sarif-2.1.0-rtm.5.json";
    private const string Sha256 = "2d99159ae54a3eea97f81781cff48780548657c35949f4b7f25e99a2ba4de4f8";

    private static readonly Lazy<string> Text = new(Obtain);

    public static string Json => Text.Value;

    private static string Obtain()
    {
        var cache = Path.Combine(Path.GetTempPath(), "editorial-test-cache", "jest-sarif-1.0.0-beta.0");
        var cached = Path.Combine(cache, "sarif-2.1.0-rtm.5.json");
        if (File.Exists(cached) && HashOf(File.ReadAllBytes(cached)) == Sha256) return File.ReadAllText(cached);

        Directory.CreateDirectory(cache);
        var tarball = Pack(cache);
        var bytes = Extract(tarball, EntryName);
        var hash = HashOf(bytes);
        if (hash != Sha256) throw new InvalidOperationException($"{EntryName} in {Package} has SHA-256 {hash}, expected {Sha256}");
        var temporary = cached + "." + Guid.NewGuid().ToString("N") + ".tmp";
        File.WriteAllBytes(temporary, bytes);
        File.Move(temporary, cached, overwrite: true);
        return File.ReadAllText(cached);
    }

    private static string Pack(string directory)
    {
        var name = Npm.Run("npm", ["pack", Package, "--silent"], directory).Trim().Split('\n')[^1].Trim();
        return Path.Combine(directory, name);
    }

    private static byte[] Extract(string tarball, string entryName)
    {
        using var file = File.OpenRead(tarball);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new TarReader(gzip);
        while (reader.GetNextEntry() is { } entry)
        {
            if (entry.Name != entryName || entry.DataStream is null) continue;
            using var content = new MemoryStream();
            entry.DataStream.CopyTo(content);
            return content.ToArray();
        }
        throw new InvalidOperationException($"{tarball} holds no {entryName}");
    }

    private static string HashOf(byte[] bytes) => Convert.ToHexString(SHA256.HashData(bytes)).ToLowerInvariant();
}
