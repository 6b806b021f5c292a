from bygdeliv_desktop.app import main

raise SystemExit(main())
