from directwork.cli import main

raise SystemExit(main())
