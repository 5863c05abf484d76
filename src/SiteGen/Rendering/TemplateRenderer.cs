using System.Text;
using Scriban;
using Scriban.Runtime;

namespace SiteGen.Rendering;

/// <summary>
/// Renders a page through a layout and base.html. Templates are parsed once and shared; each page gets a fresh Scriban
/// context (contexts are not thread-safe) over one shared set of built-in functions, and writes into a buffer kept per
/// thread, so rendering a page allocates little besides the page itself.
/// </summary>
public sealed class TemplateRenderer
{
    /// <summary>Characters of each per-thread buffer; pages longer than this still render, growing it.</summary>
    private const int BufferSize = 128 * 1024;

    /// <summary>Longest page, and longest value, a template may make: three times a 10 MB bulletin, far beyond any real page.</summary>
    public const int MaxPageCharacters = 30_000_000;

    /// <summary>
    /// Template steps per allowed loop iteration. The default theme takes about 1,000 steps for a page and 11 for each item
    /// of its longest list (10,000 tags: 110,000 steps), so only a runaway theme comes near the budget.
    /// </summary>
    public const int StepsPerLoopIteration = 100;

    /// <summary>Backstop for work between steps (a slow regular expression in a loop): no real page takes a fraction of it.</summary>
    public static readonly TimeSpan PageTimeLimit = TimeSpan.FromSeconds(30);

    // Two buffers per thread: the layout's output (handed to base.html as 'main'), and the whole page's.
    [ThreadStatic] private static StringBuilder? _main;
    [ThreadStatic] private static StringBuilder? _page;

    private readonly Theme _theme;
    private readonly ScriptObject _functions;
    private readonly int _loopLimit;
    private readonly ThemeTemplateLoader _loader;
    private readonly ScriptObject _builtins;

    public TemplateRenderer(Theme theme, ScriptObject functions, int loopLimit)
    {
        _theme = theme;
        _functions = functions;
        _loopLimit = loopLimit;
        _loader = new ThemeTemplateLoader(theme);
        // Scriban's built-in functions are stateless; one copy, with include replaced, serves every page.
        _builtins = new TemplateContext().BuiltinObject;
        _builtins.SetValue("include", new IncludeFunction(_loader, theme.Templates), readOnly: true);
    }

    /// <summary>
    /// Renders <c>layouts/{layout}.html</c>, then base.html around it, and returns the page as UTF-8.
    /// Throws <see cref="Scriban.Syntax.ScriptRuntimeException"/> on a template error.
    /// </summary>
    public byte[] Render(string layout, ScriptObject globals)
    {
        var context = new EscapingTemplateContext(_builtins)
        {
            StrictVariables = true,
            // A misspelt member ("bulletin.titel") is an error with file and line, not an empty string.
            EnableRelaxedMemberAccess = false,
            // Scriban counts the iterations of nested loops together, so loops inside loops share this one bound.
            LoopLimit = _loopLimit,
            RecursiveLimit = 64,
            StepLimit = (long)_loopLimit * StepsPerLoopIteration,
            TimeLimit = PageTimeLimit,
            RegexTimeOut = TimeSpan.FromSeconds(2),
            TemplateLoader = _loader,
            // Scriban's default cuts any value longer than 1 MB when printing it; a long bulletin must come out whole, but a
            // string doubled in a loop or a page that never stops growing must end in an error, not use up the memory.
            LimitToString = MaxPageCharacters,
            OnStringLimit = ScriptLimitBehavior.Throw,
            OutputLimit = MaxPageCharacters,
            OnOutputLimit = ScriptLimitBehavior.Throw,
        };
        var main = Take(ref _main);
        var page = Take(ref _page);
        context.PushGlobal(_functions);
        globals["main"] = null;
        context.PushGlobal(globals);
        Evaluate(_theme.Templates[$"layouts/{layout}.html"], context, main);
        globals["main"] = new HtmlBuffer(main);
        Evaluate(_theme.Templates["layouts/base.html"], context, page);
        var bytes = Utf8(page);
        Give(ref _main, main);
        Give(ref _page, page);
        return bytes;
    }

    /// <summary>Runs a template into <paramref name="output"/>, without Scriban's own Render, which copies the output into a string.</summary>
    private static void Evaluate(Template template, TemplateContext context, StringBuilder output)
    {
        context.PushOutput(new StringBuilderOutput(output));
        context.PushSourceFile(template.SourceFilePath ?? "");
        try
        {
            context.Evaluate(template.Page, false);
        }
        finally
        {
            context.PopSourceFile();
            context.PopOutput();
        }
    }

    /// <summary>The buffer's text as UTF-8, encoded piece by piece with no intermediate string.</summary>
    private static byte[] Utf8(StringBuilder text)
    {
        var count = 0;
        foreach (var chunk in text.GetChunks()) count += Encoding.UTF8.GetByteCount(chunk.Span);
        var bytes = new byte[count];
        var encoder = Encoding.UTF8.GetEncoder();
        var at = 0;
        foreach (var chunk in text.GetChunks()) at += encoder.GetBytes(chunk.Span, bytes.AsSpan(at), flush: false);
        encoder.GetBytes(ReadOnlySpan<char>.Empty, bytes.AsSpan(at), flush: true);
        return bytes;
    }

    private static StringBuilder Take(ref StringBuilder? slot)
    {
        var buffer = slot ?? new StringBuilder(BufferSize);
        slot = null; // a template error leaves the buffer out; the next page makes a fresh one
        buffer.Clear();
        return buffer;
    }

    private static void Give(ref StringBuilder? slot, StringBuilder buffer)
    {
        // A page that outgrew the buffer leaves it in pieces; keep only buffers that are still one piece of modest size.
        if (buffer.Capacity <= BufferSize * 2) slot = buffer;
    }
}
