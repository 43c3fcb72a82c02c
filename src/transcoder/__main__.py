from transcoder.cli import main

raise SystemExit(main())
