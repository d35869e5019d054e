#!/usr/bin/env bash
# Argon2id hashes made by the reference implementation (Debian package argon2, the libargon2
# command line) for Argon2idHasherTest and UsersTest: one line per hash, password TAB PHC string.
# Run here to regenerate: bash reference-hashes.sh > reference-hashes.tsv
set -euo pipefail
hash() { # password salt t m_kib p
  printf '%s\t%s\n' "$1" "$(printf '%s' "$1" | argon2 "$2" -id -t "$3" -k "$4" -p "$5" -l 32 -e)"
}
hash "correct horse battery staple" "precis-salt-0001" 2 19456 1   # OWASP parameters, the store's default
hash "Kennwort-µ-ß-密码" "precis-salt-0002" 2 19456 1              # non-ASCII: hashed as UTF-8
hash "an older, cheaper setting" "precis-salt-0003" 3 4096 2        # other parameters: verified, then re-hashed
