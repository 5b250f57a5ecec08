namespace EarlyHelp.Workflows.Conditions;

/// <summary>Finds the known name closest to a mistyped one, for "did you mean" in validation messages.</summary>
internal static class Suggestions
{
    /// <summary>
    /// The candidate closest to <paramref name="input"/> ignoring case, when it is close enough to be a slip
    /// (a few letters off); <paramref name="alsoWithout"/> lets a name match without its prefix ("levelOfNeed").
    /// </summary>
    public static string? Closest(string input, IEnumerable<string> candidates, params string[] alsoWithout)
    {
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(input, candidate);
            foreach (var prefix in alsoWithout)
            {
                if (candidate.StartsWith(prefix, StringComparison.Ordinal))
                {
                    distance = Math.Min(distance, Distance(input, candidate[prefix.Length..]));
                }
            }

            if (distance < bestDistance)
            {
                best = candidate;
                bestDistance = distance;
            }
        }

        return best is not null && bestDistance <= Math.Max(2, input.Length / 4) && bestDistance < input.Length ? best : null;
    }

    /// <summary>The Levenshtein distance, ignoring case.</summary>
    private static int Distance(string a, string b)
    {
        a = a.ToUpperInvariant();
        b = b.ToUpperInvariant();
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
