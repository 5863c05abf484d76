namespace SiteGen.Tests.Support;

/// <summary>Captures what a command prints. Console is global, so tests using this share the "Console" collection and never run at once.</summary>
internal sealed class ConsoleCapture : IDisposable
{
    public const string Collection = "Console";

    private readonly TextWriter _out = Console.Out;
    private readonly TextWriter _error = Console.Error;
    private readonly StringWriter _capturedOut = new();
    private readonly StringWriter _capturedError = new();

    public ConsoleCapture()
    {
        Console.SetOut(_capturedOut);
        Console.SetError(_capturedError);
    }

    public string Out => _capturedOut.ToString();

    public string Error => _capturedError.ToString();

    public void Dispose()
    {
        Console.SetOut(_out);
        Console.SetError(_error);
    }
}
