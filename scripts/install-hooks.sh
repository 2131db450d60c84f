#!/usr/bin/env bash
# Installs the pre-commit hook that checks staged articles:  bash scripts/install-hooks.sh [--force]
# The installed hook only calls scripts/pre-commit of the repository, so later changes to that script
# apply without installing again. An existing pre-commit hook of another kind is kept unless --force
# is given, and then moved to pre-commit.bak.
set -euo pipefail

cd "$(git rev-parse --show-toplevel)"
hooks=$(git rev-parse --git-path hooks)
hook=$hooks/pre-commit
marker="news-portal pre-commit"

mkdir -p "$hooks"
if [ -e "$hook" ] && ! grep -q "$marker" "$hook"; then
  if [ "${1:-}" != "--force" ]; then
    echo "已有另一个 pre-commit 钩子：$hook" >&2
    echo "要替换它（原文件改名为 pre-commit.bak），请运行：bash scripts/install-hooks.sh --force" >&2
    exit 1
  fi
  mv "$hook" "$hook.bak"
fi

cat > "$hook" <<HOOK
#!/usr/bin/env bash
# $marker: installed by scripts/install-hooks.sh; runs the repository's scripts/pre-commit.
top=\$(git rev-parse --show-toplevel)
if [ ! -f "\$top/scripts/pre-commit" ]; then
  exit 0 # a branch from before the hook existed
fi
exec bash "\$top/scripts/pre-commit" "\$@"
HOOK
chmod +x "$hook"
echo "已安装 pre-commit 钩子（$hook）：每次 git commit 前检查暂存的文章和图片。"
