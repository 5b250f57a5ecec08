namespace EarlyHelp.Workflows.Definitions;

/// <summary>
/// Tarjan's strongly connected components in one pass over a graph of nodes 0..n-1, without recursion, so a long
/// chain of activities cannot overflow the stack.
/// </summary>
internal static class StronglyConnectedComponents
{
    /// <summary>The components, each with its nodes in ascending order.</summary>
    /// <param name="edges">For each node, the nodes it has an edge to.</param>
    public static List<int[]> Of(IReadOnlyList<List<int>> edges)
    {
        var count = edges.Count;
        var index = new int[count];
        Array.Fill(index, -1);
        var low = new int[count];
        var onStack = new bool[count];
        var stack = new Stack<int>();
        var work = new Stack<(int Node, int Edge)>();
        var components = new List<int[]>();
        var next = 0;

        for (var root = 0; root < count; root++)
        {
            if (index[root] >= 0)
            {
                continue;
            }

            Visit(root);
            work.Push((root, 0));
            while (work.Count > 0)
            {
                var (node, edge) = work.Pop();
                if (edge < edges[node].Count)
                {
                    work.Push((node, edge + 1));
                    var target = edges[node][edge];
                    if (index[target] < 0)
                    {
                        Visit(target);
                        work.Push((target, 0));
                    }
                    else if (onStack[target])
                    {
                        low[node] = Math.Min(low[node], index[target]);
                    }

                    continue;
                }

                if (work.Count > 0)
                {
                    var parent = work.Peek().Node;
                    low[parent] = Math.Min(low[parent], low[node]);
                }

                if (low[node] == index[node])
                {
                    var component = new List<int>();
                    int member;
                    do
                    {
                        member = stack.Pop();
                        onStack[member] = false;
                        component.Add(member);
                    }
                    while (member != node);
                    component.Sort();
                    components.Add([.. component]);
                }
            }
        }

        return components;

        void Visit(int node)
        {
            index[node] = low[node] = next++;
            stack.Push(node);
            onStack[node] = true;
        }
    }
}
