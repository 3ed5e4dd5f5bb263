using System.Diagnostics;
using System.Text.Json;
using System.Threading.Channels;
using Editorial.Benchmarks.Shared;
using Editorial.LanguageServer;
using Nerdbank.Streams;
using StreamJsonRpc;

// Typing into a long article: the sample newsroom's articles joined ARTICLES times into one Markdown article, opened in the
// language server in process (an in-memory pipe, framed as LSP), then CHANGES full-text changes of one more character each,
// one every INTERVAL milliseconds, as an editor sends them while someone types. Printed: how long after the first change
// the last change's diagnostics were published, and how many publications it took to get there (one per check).
// Usage: dotnet run -c Release --project benchmarks/Editorial.LanguageServer.Benchmarks -- [ARTICLES=300] [CHANGES=20] [INTERVAL=50]
var articles = args.Length > 0 ? int.Parse(args[0]) : 300;
var changes = args.Length > 1 ? int.Parse(args[1]) : 20;
var interval = args.Length > 2 ? int.Parse(args[2]) : 50;

var samples = Directory.GetFiles(SampleNewsroom.Folder(), "*.txt", SearchOption.AllDirectories).Order(StringComparer.Ordinal).Select(File.ReadAllText).ToArray();
var text = string.Join("\n\n", Enumerable.Range(0, articles).Select(i => samples[i % samples.Length]));
var folder = Directory.CreateTempSubdirectory("editorial-lsp-typing").FullName;
var (serverStream, clientStream) = FullDuplexStream.CreatePair();
var server = Task.Run(() => EditorialLanguageServer.RunAsync(serverStream, serverStream, new ServerOptions()));
var formatter = new SystemTextJsonFormatter();
formatter.JsonSerializerOptions = new JsonSerializerOptions(formatter.JsonSerializerOptions) { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
var published = Channel.CreateUnbounded<JsonElement>();
using var client = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, formatter));
client.AddLocalRpcTarget(new Editor(published.Writer));
client.StartListening();

var uri = new Uri(Path.Combine(folder, "long.md")).AbsoluteUri;
await client.InvokeWithParameterObjectAsync<JsonElement>("initialize", new { processId = Environment.ProcessId, rootUri = new Uri(folder).AbsoluteUri, capabilities = new { } });
await client.NotifyWithParameterObjectAsync("textDocument/didOpen", new { textDocument = new { uri, languageId = "markdown", version = 1, text } });
await published.Reader.ReadAsync();

var clock = Stopwatch.StartNew();
for (var version = 2; version <= changes + 1; version++)
{
    text += "x";
    await client.NotifyWithParameterObjectAsync("textDocument/didChange", new { textDocument = new { uri, version }, contentChanges = new[] { new { text } } });
    await Task.Delay(interval);
}
var typed = clock.Elapsed.TotalSeconds;
var publications = 0;
while (true)
{
    var publication = await published.Reader.ReadAsync();
    publications++;
    if (publication.GetProperty("version").GetInt32() == changes + 1) break;
}
Console.WriteLine($"{text.Length:N0} characters, {changes} changes {interval} ms apart (typed in {typed:F2} s): " +
    $"the last change's diagnostics published {clock.Elapsed.TotalSeconds:F2} s after the first change, after {publications} publications");
await client.InvokeAsync("shutdown");
await client.NotifyAsync("exit");
await server;
Directory.Delete(folder, recursive: true);

/// <summary>The editor's side: the diagnostics the server publishes.</summary>
internal sealed class Editor(ChannelWriter<JsonElement> published)
{
    [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
    public void PublishDiagnostics(JsonElement parameters) => published.TryWrite(parameters);
}
