using PerfEval.Domain.Validation;

namespace PerfEval.Domain.Tests.Validation;

public sealed class JsonPointerTests
{
    [Theory]
    [InlineData("$", "")]
    [InlineData("$.fiscalYear", "/fiscalYear")]
    [InlineData("$.outputs[3].value", "/outputs/3/value")]
    [InlineData("$['a/b'].c", "/a~1b/c")]
    [InlineData("$.x~y", "/x~0y")]
    public void Json_paths_become_rfc6901_pointers(string path, string pointer)
    {
        Assert.Equal(pointer, JsonPointer.FromJsonPath(path));
    }
}
