using System.Text.Json;
using StreamJsonRpc;
using StreamJsonRpc.Protocol;

namespace Editorial.LanguageServer;

/// <summary>
/// The protocol's framing (<c>Content-Length</c> headers), reading on past a message whose content is no JSON-RPC message
/// (not JSON, an array, neither a request nor a response): StreamJsonRpc would end the connection there, and the server with
/// it, for one bad message. The content has been read to its length by then, so the next message is read from its start;
/// <paramref name="skipped"/> is told why the message was skipped.
/// </summary>
internal sealed class SkippingMessageHandler(Stream output, Stream input, IJsonRpcMessageFormatter formatter, Action<JsonException> skipped)
    : HeaderDelimitedMessageHandler(output, input, formatter)
{
    protected override async ValueTask<JsonRpcMessage?> ReadCoreAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            try
            {
                return await base.ReadCoreAsync(cancellationToken).ConfigureAwait(false);
            }
            catch (JsonException exception)
            {
                skipped(exception);
            }
        }
    }
}
