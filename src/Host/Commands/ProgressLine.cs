namespace EarlyHelp.Host.Commands;

/// <summary>
/// Progress of a long command on standard error: a bar redrawn in place on a terminal, a plain line now and then
/// when the output goes to a file or a pipe (so logs stay readable).
/// </summary>
internal sealed class ProgressLine(TextWriter errors, bool terminal)
{
    private const int Width = 30;
    private DateTime _last = DateTime.MinValue;

    public static ProgressLine ForStandardError() => new(Console.Error, !Console.IsErrorRedirected);

    /// <summary>Shows progress; <paramref name="fraction"/> between 0 and 1 when known.</summary>
    public void Show(double? fraction, string text, bool final = false)
    {
        var now = DateTime.UtcNow;
        if (!final && now - _last < (terminal ? TimeSpan.FromMilliseconds(200) : TimeSpan.FromSeconds(5)))
        {
            return;
        }

        _last = now;
        var bar = fraction is { } f ? $"[{new string('#', (int)(Math.Clamp(f, 0, 1) * Width)).PadRight(Width)}] {f,4:P0} " : "";
        if (terminal)
        {
            errors.Write($"\r{bar}{text}".PadRight(Console.WindowWidth > 0 ? Math.Min(Console.WindowWidth - 1, 120) : 100));
            if (final)
            {
                errors.WriteLine();
            }
        }
        else
        {
            errors.WriteLine($"{bar}{text}");
        }
    }
}
