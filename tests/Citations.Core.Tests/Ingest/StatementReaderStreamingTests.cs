using System.Text;
using Citations.Core.Ingest;
using static Citations.Core.Tests.Ingest.IngestFixtures;

namespace Citations.Core.Tests.Ingest;

/// <summary>Ingest streams: a record is read when it is asked for, and a large file is never held whole.</summary>
[TestClass]
public sealed class StatementReaderStreamingTests
{
    private const int Lines = 200_000;

    [TestMethod]
    public void Read_LargeJsonLinesFile_FirstRecordsNeedOnlyTheFirstBuffer()
    {
        using var temp = new TempFolder();
        var file = WriteLargeFile(temp);
        Assert.IsGreaterThan(20_000_000L, new FileInfo(file).Length);

        var before = GC.GetAllocatedBytesForCurrentThread();
        using var records = StatementReader.Read([file]).GetEnumerator();
        var first = new List<IngestRecord>();
        for (var i = 0; i < 3 && records.MoveNext(); i++)
        {
            first.Add(records.Current);
        }

        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        CollectionAssert.AreEqual(new[] { "big-000001", "big-000002", "big-000003" }, first.Select(r => r.StatementAt().Id).ToArray());
        Assert.IsLessThan(2_000_000L, allocated, "reading three records must not load the file");
    }

    [TestMethod]
    public void Read_LargeJsonLinesFile_YieldsEveryLineInOrder()
    {
        using var temp = new TempFolder();
        var file = WriteLargeFile(temp);

        var count = 0;
        foreach (var record in StatementReader.Read([file]))
        {
            count++;
            if (record.Location.Line != count || record is not IngestedStatement)
            {
                Assert.Fail($"record {count}: {record}");
            }
        }

        Assert.AreEqual(Lines, count);
    }

    [TestMethod]
    public void Read_StandardInputJsonLines_ReadsOnlyWhatIsAskedFor()
    {
        var stdin = new GeneratedJsonLines(Lines);

        var first = StatementReader.Read(["-"], stdin).Take(3).ToList();

        Assert.HasCount(3, first);
        Assert.AreEqual("big-000003", first[2].StatementAt().Id);
        // The first 8 KB decide the format, so a few dozen lines are read ahead; never the 200,000.
        Assert.IsLessThanOrEqualTo(400, stdin.LinesServed);
    }

    private static string WriteLargeFile(TempFolder temp)
    {
        var path = Path.Combine(temp.Path, "large.jsonl");
        using var writer = new StreamWriter(path, append: false, new UTF8Encoding(false));
        for (var i = 1; i <= Lines; i++)
        {
            writer.Write(Line(i));
            writer.Write('\n');
        }

        return path;
    }

    private static string Line(int i) => JsonLine($"big-{i:000000}", $"{Poland} {OptionalProtocol} ({i})");

    /// <summary>Standard input that makes each line only when it is read.</summary>
    private sealed class GeneratedJsonLines(int lines) : TextReader
    {
        private string _current = string.Empty;
        private int _position;

        public int LinesServed { get; private set; }

        public override int Peek() => Fill() ? _current[_position] : -1;

        public override int Read() => Fill() ? _current[_position++] : -1;

        public override string? ReadLine()
        {
            if (!Fill())
            {
                return null;
            }

            var rest = _current[_position..].TrimEnd('\n');
            _position = _current.Length;
            return rest;
        }

        private bool Fill()
        {
            if (_position < _current.Length)
            {
                return true;
            }

            if (LinesServed == lines)
            {
                return false;
            }

            LinesServed++;
            _current = Line(LinesServed) + "\n";
            _position = 0;
            return true;
        }
    }
}
