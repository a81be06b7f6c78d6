from claimcheck.entry_point import main

main()
