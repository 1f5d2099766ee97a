from cleaner.launcher import main

main()
