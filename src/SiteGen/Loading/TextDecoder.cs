using System.Buffers;
using System.Text.Unicode;
using SiteGen.Diagnostics;
using SiteGen.Messages;

namespace SiteGen.Loading;

/// <summary>Turns file bytes into text the same way on every machine: strict UTF-8, no BOM, '\n' line ends.</summary>
public static class TextDecoder
{
    /// <summary>Decodes <paramref name="bytes"/>; on invalid UTF-8 reports the line and returns null.</summary>
    public static string? Decode(byte[] bytes, string path, DiagnosticBag diagnostics)
    {
        ReadOnlySpan<byte> span = bytes;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) span = span[3..];
        var chars = ArrayPool<char>.Shared.Rent(Math.Max(1, span.Length));
        try
        {
            var status = Utf8.ToUtf16(span, chars, out var read, out var written, replaceInvalidSequences: false);
            if (status != OperationStatus.Done)
            {
                var before = span[..read];
                var line = before.Count((byte)'\n') + 1;
                var column = read - (before.LastIndexOf((byte)'\n') + 1) + 1;
                diagnostics.Error(new SourcePosition(path, line, column), DiagnosticCodes.FileUnreadable,
                    Say.FileNotUtf8);
                return null;
            }
            return NormaliseLineEnds(new string(chars, 0, written));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
        }
    }

    private static string NormaliseLineEnds(string text) =>
        text.Contains('\r') ? text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n') : text;
}
