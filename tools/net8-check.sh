#!/usr/bin/env bash
# Checks that the packed `editorial` tool runs on a machine that has only the .NET 8 runtime. Not part of CI: run it by hand
# before a release, on linux-x64 with the .NET 10 SDK (the one that packs and installs the tool).
#
#   tools/net8-check.sh [WORK_FOLDER]
#
# 1. Packs src/Editorial.Cli (net8.0 and net10.0) into WORK/feed and installs it with `dotnet tool install --tool-path`.
#    The SDK installs the build for the highest framework it can run (net10.0 here); the package holds the net8.0 build too.
# 2. Builds a .NET 8 root in WORK/net8 from NuGet's Microsoft.NETCore.App.Runtime.linux-x64 8.0.x only: host/fxr and
#    shared/Microsoft.NETCore.App/8.0.x. Nothing of the installed .NET 10 is in it.
# 3. Runs the installed net8.0 build through that root's `dotnet` (the version-neutral muxer, copied; it loads the root's
#    8.0 hostfxr, which loads 8.0's hostpolicy and runtime), so no .NET 10 is visible: `check` and `fix` on the samples and
#    an HTML article must give the same output as the net10.0 build on the installed runtime. The host's trace must name
#    the 8.0 folder, and the net10.0 build must fail to start on the same root (the control: the root has no .NET 10).
#    This is what the .NET 8 SDK's tool shim does on such a machine: it runs tools/net8.0/any/editorial.dll.
set -euo pipefail

repo=$(cd "$(dirname "$0")/.." && pwd)
work=${1:-$(mktemp -d /tmp/editorial-net8.XXXXXX)}
runtime_version=${NET8_RUNTIME_VERSION:-8.0.31}
mkdir -p "$work"
work=$(cd "$work" && pwd)
echo "work folder: $work"

echo "== pack and install the tool"
rm -rf "$work/feed" "$work/tool"
dotnet pack "$repo/src/Editorial.Cli" -c Release -o "$work/feed" -p:PackageVersion=0.0.0-net8check --nologo -v quiet
dotnet tool install Editorial.Cli --tool-path "$work/tool" --add-source "$work/feed" --version 0.0.0-net8check
store="$work/tool/.store/editorial.cli/0.0.0-net8check"
echo "installed builds (tools/<framework>/...):"
find "$store" -name editorial.dll | sed "s|$store/||" | sort
net8_dll=$(find "$store" -path '*/tools/net8.0/*' -name editorial.dll | head -n 1)
net10_dll=$(find "$store" -path '*/tools/net10.0/*' -name editorial.dll | head -n 1)
[ -n "$net8_dll" ] || { echo "FAIL: the installed package has no net8.0 build"; exit 1; }

echo "== a .NET $runtime_version root from NuGet's runtime package"
mkdir -p "$work/download"
cat > "$work/download/download.csproj" <<EOF
<Project Sdk="Microsoft.NET.Sdk">
  <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
  <ItemGroup><PackageDownload Include="Microsoft.NETCore.App.Runtime.linux-x64" Version="[$runtime_version]" /></ItemGroup>
</Project>
EOF
dotnet restore "$work/download/download.csproj" --packages "$work/packages" --nologo -v quiet
package="$work/packages/microsoft.netcore.app.runtime.linux-x64/$runtime_version/runtimes/linux-x64"
root="$work/net8"
rm -rf "$root"
mkdir -p "$root/host/fxr/$runtime_version" "$root/shared/Microsoft.NETCore.App/$runtime_version"
cp "$package/native/libhostfxr.so" "$root/host/fxr/$runtime_version/"
cp "$package"/lib/net8.0/* "$package"/native/* "$root/shared/Microsoft.NETCore.App/$runtime_version/"
rm "$root/shared/Microsoft.NETCore.App/$runtime_version/libhostfxr.so"
cp "$(dirname "$(readlink -f "$(command -v dotnet)")")/dotnet" "$root/dotnet"
echo "frameworks in the root: $(ls "$root/shared/Microsoft.NETCore.App")"

run_on_net8() { env -u DOTNET_ROOT_X64 DOTNET_ROOT="$root" DOTNET_MULTILEVEL_LOOKUP=0 "$root/dotnet" "$net8_dll" "$@"; }
run_on_net10() { dotnet "$net10_dll" "$@"; }

echo "== the net8.0 build on the .NET 8 root"
trace=$(env COREHOST_TRACE=1 COREHOST_TRACE_VERBOSITY=3 DOTNET_ROOT="$root" "$root/dotnet" "$net8_dll" --version 2>&1 >/dev/null || true)
framework_dir=$(printf '%s\n' "$trace" | grep -o "$root/shared/Microsoft.NETCore.App/[0-9.]*" | sort -u)
echo "framework the host resolved: ${framework_dir:-none}"
[ "$framework_dir" = "$root/shared/Microsoft.NETCore.App/$runtime_version" ] || { echo "FAIL: not the $runtime_version root"; exit 1; }
if printf '%s\n' "$trace" | grep -q "Microsoft.NETCore.App/10\."; then echo "FAIL: a .NET 10 framework was seen"; exit 1; fi
run_on_net8 --version

# Articles in a copy of the samples, and an HTML body: the two builds must agree finding for finding, and fix alike.
for build in net8 net10; do
  rm -rf "$work/articles-$build"
  cp -r "$repo/samples/Newsroom" "$work/articles-$build"
  printf '<h1>Talks in Kiev</h1>\n<p>Envoys met in <b>Kiev</b> and the the talks went on.</p>\n' > "$work/articles-$build/ap/story.html"
done
(cd "$work/articles-net8" && run_on_net8 check . > "$work/check-net8.txt" 2>&1 || true)
(cd "$work/articles-net10" && run_on_net10 check . > "$work/check-net10.txt" 2>&1 || true)
(cd "$work/articles-net8" && run_on_net8 fix . > "$work/fix-net8.txt" 2>&1 || true)
(cd "$work/articles-net10" && run_on_net10 fix . > "$work/fix-net10.txt" 2>&1 || true)
echo "check: $(grep -c ': \(warning\|error\|suggestion\|info\) ED' "$work/check-net8.txt") findings on .NET 8, $(grep -c ': \(warning\|error\|suggestion\|info\) ED' "$work/check-net10.txt") on .NET 10"
diff "$work/check-net8.txt" "$work/check-net10.txt" || { echo "FAIL: check differs between the builds"; exit 1; }
diff "$work/fix-net8.txt" "$work/fix-net10.txt" && diff -r "$work/articles-net8" "$work/articles-net10" || { echo "FAIL: fix differs between the builds"; exit 1; }
grep -q 'Kyiv' "$work/articles-net8/ap/story.html" || { echo "FAIL: fix did not edit the HTML article"; exit 1; }

echo "== control: the net10.0 build cannot start on the .NET 8 root"
if env DOTNET_ROOT="$root" "$root/dotnet" "$net10_dll" --version > "$work/control.txt" 2>&1; then
  echo "FAIL: the net10.0 build ran, so the root is not .NET 8 only"; exit 1
fi
grep -m 1 -i "framework\|install" "$work/control.txt" || true

echo "PASS: the net8.0 build of the installed tool runs on .NET $runtime_version alone, with the same check and fix output as net10.0"
