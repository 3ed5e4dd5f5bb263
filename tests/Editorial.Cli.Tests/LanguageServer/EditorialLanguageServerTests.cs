using System.Text.Json;
using System.Threading.Channels;
using Editorial.LanguageServer;
using Nerdbank.Streams;
using StreamJsonRpc;

namespace Editorial.Cli.Tests.LanguageServer;

/// <summary>The protocol layer in process: method names, the initialize answer, notifications out, and the exit code the
/// protocol asks for (0 after shutdown, 1 without). The client is StreamJsonRpc over an in-memory pipe, framed as LSP.</summary>
public sealed class EditorialLanguageServerTests : IDisposable
{
    private static readonly TimeSpan Timeout = TimeSpan.FromSeconds(20);
    private readonly CliHarness _files = new();
    private readonly Channel<JsonElement> _published = Channel.CreateUnbounded<JsonElement>();
    private readonly Channel<JsonElement> _registrations = Channel.CreateUnbounded<JsonElement>();
    private readonly Task<int> _server;
    private readonly JsonRpc _client;

    public EditorialLanguageServerTests()
    {
        var (serverStream, clientStream) = FullDuplexStream.CreatePair();
        _server = Task.Run(() => EditorialLanguageServer.RunAsync(serverStream, serverStream, new ServerOptions(Rules: [new KievRule()])));
        var formatter = new SystemTextJsonFormatter();
        formatter.JsonSerializerOptions = new JsonSerializerOptions(formatter.JsonSerializerOptions) { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
        _client = new JsonRpc(new HeaderDelimitedMessageHandler(clientStream, clientStream, formatter));
        _client.AddLocalRpcTarget(new Editor(_published.Writer, _registrations.Writer));
        _client.StartListening();
    }

    public void Dispose()
    {
        _client.Dispose();
        _files.Dispose();
    }

    private async Task<JsonElement> InitializeAsync(object? capabilities = null)
    {
        var rootUri = LspConversion.UriOfPath(_files.Root);
        var result = await _client.InvokeWithParameterObjectAsync<JsonElement>("initialize", new { processId = 1, rootUri, capabilities = capabilities ?? new { } }).WaitAsync(Timeout);
        await _client.NotifyWithParameterObjectAsync("initialized", new { });
        return result;
    }

    [Fact]
    public async Task Initialize_announces_utf16_positions_full_sync_and_the_code_action_kinds()
    {
        var result = await InitializeAsync();

        var capabilities = result.GetProperty("capabilities");
        capabilities.GetProperty("positionEncoding").GetString().ShouldBe("utf-16");
        capabilities.GetProperty("textDocumentSync").GetRawText().ShouldBe("""{"openClose":true,"change":1,"save":{"includeText":false}}""");
        capabilities.GetProperty("codeActionProvider").GetRawText().ShouldBe("""{"codeActionKinds":["quickfix","source.fixAll"]}""");
        result.GetProperty("serverInfo").GetProperty("name").GetString().ShouldBe("editorial");
    }

    [Fact]
    public async Task An_opened_document_gets_its_diagnostics_and_shutdown_then_exit_ends_with_0()
    {
        await InitializeAsync();
        var uri = LspConversion.UriOfPath(_files.PathOf("a.txt"));

        await _client.NotifyWithParameterObjectAsync("textDocument/didOpen",
            new { textDocument = new { uri, languageId = "plaintext", version = 7, text = "Talks in Kiev.\n" } });
        var published = await _published.Reader.ReadAsync().AsTask().WaitAsync(Timeout);

        published.GetProperty("uri").GetString().ShouldBe(uri);
        published.GetProperty("version").GetInt32().ShouldBe(7);
        published.GetProperty("diagnostics").GetRawText().ShouldBe(
            """[{"range":{"start":{"line":0,"character":9},"end":{"line":0,"character":13}},"severity":2,"code":"EDT001","codeDescription":{"href":"https://github.com/editorial-tools/editorial/blob/main/docs/rules/EDT001.md"},"source":"editorial","message":"Use \u0027Kyiv\u0027, not \u0027Kiev\u0027"}]""");

        await _client.InvokeAsync("shutdown").WaitAsync(Timeout);
        await _client.NotifyAsync("exit");
        (await _server.WaitAsync(Timeout)).ShouldBe(0);
    }

    [Fact]
    public async Task A_client_that_watches_files_is_asked_to_and_a_changed_editorconfig_rechecks_the_open_articles()
    {
        await InitializeAsync(new { workspace = new { didChangeWatchedFiles = new { dynamicRegistration = true } } });
        var registration = await _registrations.Reader.ReadAsync().AsTask().WaitAsync(Timeout);
        registration.GetRawText().ShouldBe(
            """{"registrations":[{"id":"editorial-files","method":"workspace/didChangeWatchedFiles","registerOptions":{"watchers":[{"globPattern":"**/.editorconfig"},{"globPattern":"**/.globalconfig"},{"globPattern":"**/*.{yml,yaml}"},{"globPattern":"**/*.{txt,md,markdown,mdx,qmd,rmd,html,htm}"}]}}]}""");
        var uri = LspConversion.UriOfPath(_files.PathOf("a.txt"));
        await _client.NotifyWithParameterObjectAsync("textDocument/didOpen",
            new { textDocument = new { uri, languageId = "plaintext", version = 1, text = "Talks in Kiev.\n" } });
        (await _published.Reader.ReadAsync().AsTask().WaitAsync(Timeout)).GetProperty("diagnostics").GetArrayLength().ShouldBe(1);

        _files.Write(".editorconfig", "root = true\n\n[*.txt]\neditorial.EDT001.severity = none\n");
        await _client.NotifyWithParameterObjectAsync("workspace/didChangeWatchedFiles",
            new { changes = new[] { new { uri = LspConversion.UriOfPath(_files.PathOf(".editorconfig")), type = 2 } } });
        var republished = await _published.Reader.ReadAsync().AsTask().WaitAsync(Timeout);
        republished.GetProperty("uri").GetString().ShouldBe(uri);
        republished.GetProperty("diagnostics").GetArrayLength().ShouldBe(0);
    }

    [Fact]
    public async Task A_client_that_cannot_watch_files_is_not_asked_to()
    {
        await InitializeAsync();
        await _client.InvokeAsync("shutdown").WaitAsync(Timeout);
        _registrations.Reader.TryRead(out _).ShouldBeFalse();
    }

    [Fact]
    public async Task Exit_without_shutdown_ends_with_1()
    {
        await InitializeAsync();

        await _client.NotifyAsync("exit");

        (await _server.WaitAsync(Timeout)).ShouldBe(1);
    }

    /// <summary>The client side of the notifications and requests the server sends.</summary>
    private sealed class Editor(ChannelWriter<JsonElement> published, ChannelWriter<JsonElement> registrations)
    {
        [JsonRpcMethod("textDocument/publishDiagnostics", UseSingleObjectParameterDeserialization = true)]
        public void PublishDiagnostics(JsonElement parameters) => published.TryWrite(parameters);

        [JsonRpcMethod("client/registerCapability", UseSingleObjectParameterDeserialization = true)]
        public object? RegisterCapability(JsonElement parameters)
        {
            registrations.TryWrite(parameters);
            return null;
        }
    }
}
