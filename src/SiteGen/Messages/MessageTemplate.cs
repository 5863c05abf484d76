using System.Globalization;

namespace SiteGen.Messages;

/// <summary>Fills a message of <see cref="Say"/> with its values: <c>Say.UnknownUnit.With(name)</c>.</summary>
public static class MessageTemplate
{
    /// <summary>The template with <c>{0}</c>, <c>{1}</c>, … replaced by <paramref name="values"/>, numbers written the way the message's language writes them.</summary>
    public static string With(this string template, params object?[] values) =>
        string.Format(CultureInfo.CurrentUICulture, template, values);
}
